# float's special methods and methods: exact int comparisons, rounding, hex, errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = 2.5
print(x.__add__(1), x.__radd__(1), x.__sub__(0.5), x.__rsub__(1), x.__mul__(2), x.__truediv__(2), x.__rtruediv__(5), x.__floordiv__(-1), x.__rfloordiv__(7))
print(x.__mod__(-1), x.__rmod__(7), x.__divmod__(0.75), x.__rdivmod__(7), x.__pow__(2), x.__rpow__(2), (-8.0).__pow__(1 / 3), x.__neg__(), x.__abs__(), x.__pos__())
print(x.__add__("a"), x.__eq__(2.5), x.__eq__(5 / 2), (1e16).__eq__(10 ** 16), (1e16 + 2).__eq__(10 ** 16 + 1), (0.5).__lt__(2 ** 100), x.__ge__(None), float("nan").__ne__(1))
print((2.0).__eq__(2 ** 53 + 1), float(2 ** 53).__lt__(2 ** 53 + 1), float("inf").__gt__(10 ** 400), (-0.0).__eq__(0), x.__bool__(), (0.0).__bool__())
print(x.__int__(), (-2.5).__int__(), x.__trunc__(), x.__floor__(), (-2.5).__floor__(), x.__ceil__(), x.__round__(), (3.5).__round__(), (-2.5).__round__(), x.__round__(0))
print((2.675).__round__(2), (1.5).__round__(None), (123.456).__round__(-1), (123.456).__round__(-3), (1e300).__round__(-300), (0.5).__round__(400), (5e-324).__round__(400))
print(x.__hash__(), (-1.0).__hash__(), (1e300).__hash__(), float("inf").__hash__(), x.__repr__(), (1e16).__repr__(), (1e-5).__repr__(), x.__format__(".3e"), x.__getnewargs__())
print(x.as_integer_ratio(), (0.1).as_integer_ratio(), (-0.0).as_integer_ratio(), x.is_integer(), (3.0).is_integer(), x.conjugate(), x.hex(), (0.1).hex(), (-0.0).hex(), float("inf").hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("inf"), float.fromhex(" 0x10 "), float.__getformat__("double"), x.real, x.imag)
attempt(lambda: x.__truediv__(0))
attempt(lambda: x.__mod__(0.0))
attempt(lambda: x.__divmod__(0))
attempt(lambda: (0.0).__pow__(-1))
attempt(lambda: x.__pow__(2, 3))
attempt(lambda: x.__add__(2 ** 2000))
attempt(lambda: float("nan").__int__())
attempt(lambda: float("inf").__floor__())
attempt(lambda: float("inf").__round__())
attempt(lambda: float("nan").as_integer_ratio())
attempt(lambda: float("-inf").as_integer_ratio())
attempt(lambda: x.__round__(1.5))
attempt(lambda: float.fromhex("0x1q"))
attempt(lambda: float.fromhex(1))
attempt(lambda: float.__getformat__("long"))
attempt(lambda: float.__add__(1, 2.0))
attempt(lambda: x.__float__(1))
class F(float):
    pass
print(F(1.5) + 1, F(1.5).__add__(1), type(F(1.5).__add__(1)).__name__, F.fromhex("0x1p0"), type(F.fromhex("0x1p0")).__name__, hash(F(0.5)) == hash(0.5))
print(float.from_number(5), float.from_number(1.5), float.from_number(True), complex.from_number(2), complex.from_number(1j), complex.from_number(2.5))
for f in (lambda: float.from_number("1.5"), lambda: float.from_number(None), lambda: complex.from_number("1"), lambda: float.from_number()):
    try:
        print(f())
    except TypeError as e:
        print(e)
