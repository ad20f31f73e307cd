import numbers
for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(c.__name__, sorted(c.__abstractmethods__), c.__hash__, sorted(k for k in vars(c) if not k.startswith('_abc') and k not in c.__abstractmethods__ and k not in ('__module__','__doc__','__abstractmethods__','__slots__', '__firstlineno__', '__static_attributes__')))
print(numbers.__all__)
for v in (1, True, 1.5, 1j, "x", None):
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))
class MyInt(numbers.Integral): pass
try: MyInt()
except TypeError as e: print(e)
# A user class registered as Real, and a concrete subclass using the mixin methods.
class Meters:
    def __init__(self, v): self.v = v
numbers.Real.register(Meters)
print(isinstance(Meters(1), numbers.Real), isinstance(Meters(1), numbers.Complex), isinstance(Meters(1), numbers.Integral))
class Small(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f"Small({self.v})"
    for _n in ['__abs__', '__add__', '__and__', '__ceil__', '__eq__', '__floor__', '__floordiv__', '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__neg__', '__or__', '__pow__', '__radd__', '__rand__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rtruediv__', '__rxor__', '__truediv__', '__trunc__', '__xor__']:
        locals()[_n] = lambda self, *a: NotImplemented
    def __pos__(self): return Small(self.v)
    __hash__ = object.__hash__
s = Small(7)
print(s.numerator, s.denominator, float(s), s.__index__(), complex(s), s.real, s.imag, s.conjugate())
print([1, 2, 3, 4, 5, 6, 7, 8][s])
print(numbers.Number.__hash__ is None, hash(1) == 1)
