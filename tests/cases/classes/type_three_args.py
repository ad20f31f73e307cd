def init(self, v):
    self.v = v
Dyn = type("Dyn", (object,), {"init_count": 0, "__init__": init, "double": lambda self: self.v * 2})
d = Dyn(21)
print(Dyn.__name__, d.double(), Dyn.__bases__, type(d).__name__, Dyn.__qualname__)
Sub = type("Sub", (Dyn,), {})
print(Sub(1).double(), Sub.__mro__[1] is Dyn, Sub.__module__)
print(type(5), type("s"), type(None), type(type))
try:
    type("X", (5,), {})
except TypeError as e:
    print(e)
try:
    type("X", 1)
except TypeError as e:
    print(e)
