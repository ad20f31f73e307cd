# str(), bytes(), bytearray() and complex() argument forms and their errors.
class WithBytes:
    def __bytes__(self):
        return b"custom"
class Idx:
    def __index__(self):
        return 2
class C:
    def __complex__(self):
        return 1 + 1j
print(repr(str()), str(5), str(b"ab"), str(b"ab", "ascii"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"ab"), errors="strict"), str(object=7))
print(bytes(), bytes(3), bytes(Idx()), bytes([1, 2]), bytes(range(3)), bytes("é", "utf-8"), bytes("é", "ascii", "replace"), bytes(WithBytes()), bytes(source=b"z"))
print(bytearray(2), bytearray("ab", "utf-8"), bytearray(b"q"), bytearray([65]), bytearray(range(66, 68)))
print(complex("1+2j"), complex(" (3-4j) "), complex("1e3j"), complex("-j"), complex("+J"), complex("1-J"), complex("1_0j"), complex("٣+٤j"), complex("infj"))
print(complex(1, -0.0), complex(C()), complex(2, 1.5), complex(True), complex(Idx()), complex(real=2))
for f in (lambda: str(b"a", 5), lambda: str("a", "utf-8"), lambda: str(5, "utf-8"), lambda: str(1, 2, 3, 4), lambda: str(x=1), lambda: str(b"\xff", "utf-8"),
          lambda: bytes(-1), lambda: bytes(10 ** 30), lambda: bytes([300]), lambda: bytes(["a"]), lambda: bytes("ab"), lambda: bytes(b"x", "ascii"),
          lambda: bytes(1.5), lambda: bytes(None), lambda: bytes(x=1), lambda: bytes(1, 2, 3, 4), lambda: bytearray([300]), lambda: bytearray(WithBytes()),
          lambda: complex("1+2"), lambda: complex("j1"), lambda: complex("(1+2j"), lambda: complex("1 + 2j"), lambda: complex("1__0j"), lambda: complex(""),
          lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex(None), lambda: complex(real="1"), lambda: complex(x=1), lambda: complex(1, 2, 3)):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
t = (1, 2)
z = 1 + 2j
print(tuple(t) is t, complex(z) is z, dict([("a", 1)], b=2), int(bytearray(b" 12 ")), float(b"1.5"), float(bytearray(b"2")))
