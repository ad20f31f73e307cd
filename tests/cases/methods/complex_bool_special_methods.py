# complex and bool special methods.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

z = 3 + 4j
print(z.__add__(1), z.__radd__(1.5), z.__sub__(1j), z.__rsub__(2), z.__mul__(2j), z.__rmul__(-1), z.__truediv__(2), z.__rtruediv__(25), z.__pow__(2), z.__rpow__(2))
print(z.__abs__(), z.__neg__(), z.__pos__(), z.conjugate(), z.__bool__(), (0j).__bool__(), z.__complex__(), z.__getnewargs__(), z.__repr__(), (-0j).__repr__())
print(z.__eq__(3 + 4j), (3 + 0j).__eq__(3), (3 + 0j).__eq__(3.0), (1e16 + 0j).__eq__(10 ** 16 + 1), z.__ne__(1), z.__lt__(z), z.__add__("a"), z.__eq__(None))
print(z.__hash__(), (1j).__hash__(), (2 + 0j).__hash__() == hash(2), z.__format__(".1f"), z.__format__(""), z.real, z.imag, (1 + 2j).__mul__(1 + 2j))
attempt(lambda: z.__truediv__(0))
attempt(lambda: z.__pow__(2, 3))
attempt(lambda: (0j).__pow__(-1))
attempt(lambda: z.__add__(2 ** 2000))
attempt(lambda: complex.conjugate(1))
attempt(lambda: z.__floordiv__(1))
attempt(lambda: z.__lt__())
t, f = True, False
print(t.__and__(f), t.__or__(f), t.__xor__(t), t.__and__(1), t.__or__(2), t.__rxor__(True), f.__ror__(0), t.__and__(1.5), t.__rand__(True))
print(t.__add__(t), t.__neg__(), t.__pos__(), t.__abs__(), t.__int__(), t.__index__(), t.__float__(), t.__repr__(), f.__repr__(), t.__str__(), t.__format__(""), t.__format__("d"), t.__format__(">5"))
print(t.bit_length(), t.as_integer_ratio(), t.conjugate(), t.__hash__(), f.__hash__(), t.__eq__(1), t.__eq__(1.0), t.__round__(), t.__lt__(2), t.__mul__(3), t.__truediv__(2))
print(int.__repr__(True), int.__add__(True, True), bool.__repr__(False), True & 3, True | False, False ^ True, type(True & True).__name__, type(True & 1).__name__)
attempt(lambda: bool.__and__(1, 1))
attempt(lambda: bool.__repr__(1))
