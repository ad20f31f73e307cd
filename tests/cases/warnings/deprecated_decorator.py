# warnings.deprecated (PEP 702): functions warn when called, classes when instantiated or
# subclassed; category=None only sets __deprecated__.
import warnings

@warnings.deprecated("use g instead")
def f(x):
    """Doubles."""
    return x * 2

print(f(2), f.__name__, f.__doc__, f.__deprecated__)

@warnings.deprecated("old class")
class Old:
    def __init__(self, v):
        self.v = v

o = Old(3)
print(o.v, Old.__deprecated__)

class Sub(Old):
    pass

print(Sub(4).v)

@warnings.deprecated("plain class", category=FutureWarning)
class Plain:
    pass

print(type(Plain()).__name__)
try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)

@warnings.deprecated("no warning", category=None)
def quiet():
    return "quiet"

print(quiet(), quiet.__deprecated__)
try:
    warnings.deprecated(5)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.deprecated("x")(5)
except TypeError as e:
    print("TypeError", e)
