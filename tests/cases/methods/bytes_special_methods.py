# Special methods of bytes and bytearray, and % formatting of both.
b, ba = b"abc", bytearray(b"abc")
print(b.__add__(ba), ba.__add__(b), b.__mul__(2), ba.__rmul__(2), b.__len__(), ba.__len__(), b.__getitem__(-1), ba.__getitem__(slice(1, None)))
print(b.__contains__(98), b.__contains__(b"bc"), ba.__contains__(bytearray(b"x")), b.__eq__(ba), ba.__eq__(b), b.__lt__(b"abd"), ba.__ge__(b"abc"))
print(b.__hash__() == hash(b"abc"), ba.__hash__ is None, b.__bytes__(), b.__getnewargs__(), list(b.__iter__()), list(ba.__iter__()))
print(b.__repr__(), ba.__repr__(), b"%s-%d" % (b"x", 5), bytearray(b"%r") % b"q", b"%c%c" % (65, b"B"), b"%(k)s" % {b"k": b"v"}, b"%x" % 255)
for bad in (lambda: b + "s", lambda: ba + 1, lambda: b * "2", lambda: b"%s" % "str", lambda: b"x" % 1, lambda: b"%d" % b"1",
            lambda: b[3], lambda: ba[-4], lambda: b["x"], lambda: ba["x"], lambda: b.__contains__(1.5), lambda: 300 in b):
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
class WithBytes:
    def __bytes__(self):
        return b"custom"
print(b"[%s]" % WithBytes(), b"%b" % bytearray(b"ba"), b"%a" % "é", b"%5.2s|" % b"abc")
