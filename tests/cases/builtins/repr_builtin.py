print(repr(1), repr("s"), repr([1, "a"]), repr(1.5), repr(None), repr(b"x"), repr(bytearray(b"y")), repr({1: (2,)}))
print(repr(int), repr(len), repr(str.upper), repr(range(3)), repr(1j), repr(-0.0), repr(True))
class R:
    def __repr__(self):
        return "<R>"
print(repr(R()), repr([R()]), str(R()))
print(repr(type(len)), repr(type(repr)), repr(object), repr(type(None)))
