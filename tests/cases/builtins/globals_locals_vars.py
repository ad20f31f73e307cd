top = 1
def f(a):
    b = 2
    return sorted(locals()), sorted(vars())
print(f(0))
print("top" in globals(), globals()["__name__"], "f" in vars())
class C:
    def __init__(self):
        self.x = 1
print(vars(C()), sorted(k for k in vars(C) if not k.startswith("__")))
try:
    vars(1)
except TypeError as e:
    print(e)
