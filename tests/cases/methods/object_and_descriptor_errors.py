# object's default special methods, and calling methods of built-in types unbound.
class A:
    pass
a, b = A(), A()
print(a.__eq__(a), a.__eq__(b), a.__ne__(b), a.__ne__(a), a.__lt__(b), a.__hash__() == hash(a), a.__format__("") == str(a), type(a.__str__()).__name__)
class E:
    def __eq__(self, other):
        return "custom"
e = E()
print(e.__ne__(1), e != 1, E.__hash__, object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__lt__(1, 2))
for f in (lambda: a.__format__("x"), lambda: a.__format__(5), lambda: object.__eq__(), lambda: object.__eq__(1), lambda: object.__hash__(),
          lambda: str.upper(), lambda: str.upper(5), lambda: list.append([]), lambda: list.append(5, 1), lambda: dict.keys(5),
          lambda: set.add(frozenset(), 1), lambda: int.__add__("a", 1), lambda: float.hex(1), lambda: bytes.hex("x"),
          lambda: bytearray.append(b"", 1), lambda: tuple.count([], 1), lambda: range.count(5, 1), lambda: slice.indices(5, 1),
          lambda: complex.conjugate(1.5), lambda: str.join(1, []), lambda: [].__len__(1), lambda: "a".__len__(x=1)):
    try:
        print(f())
    except TypeError as e:
        print(e)
class S(str):
    def __repr__(self):
        return "S<" + super().__repr__() + ">"
class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
    def __len__(self):
        return super().__len__() * 10
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D()
d["x"] = 1
print(repr(S("hi")), L([5, 6])[1], len(L([1])), L([1, 2])[0:1], d, S("ab").upper(), S("ab") + "c", hash(S("ab")) == hash("ab"))
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
class MyStr(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
print(MyInt(5), type(MyInt(5)).__name__, MyStr("ab"), str(MyStr("x")), Pair(1, 2), int.__new__(int, "5"), str.__new__(str, 12), float.__new__(float, "1.5"))
print(tuple.__new__(tuple), complex.__new__(complex, 1, 2), bytes.__new__(bytes, 3), frozenset.__new__(frozenset, [2, 1]))
