class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B wins"
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(e)
print(A() == B())
a = A()
print(a == a, a != a)
class Lt:
    def __lt__(self, o):
        return NotImplemented
try:
    Lt() < Lt()
except TypeError as e:
    print(e)
print(repr(NotImplemented), type(NotImplemented).__name__)
try:
    bool(NotImplemented)
except TypeError as e:
    print(e)
