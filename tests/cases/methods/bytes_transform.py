# bytes/bytearray transformations: case, padding, replace, join, hex/fromhex, translate, decode.
b = b"hello World 123"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), bytearray(b"aBc\xe9").upper())
print(b"ab".center(7, b"*"), b"ab".ljust(5, bytearray(b".")), bytearray(b"ab").rjust(4), b"-7".zfill(5), b"+".zfill(3), b"ab".center(1))
print(b.isalnum(), b"abc".isalpha(), b"\xe9".isalpha(), b"123".isdigit(), b"Ab Cd".istitle(), b"AB1".isupper(), b"ab1".islower(), b" \t".isspace(), b"\x80".isascii())
print(b"aaa".replace(b"a", b"bc", 2), b"abc".replace(b"", b"-"), bytearray(b"abc").replace(b"b", b""), b"abc".replace(b"", b"-", 2))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), bytearray(b", ").join((b"x", b"y")), b"".join([]), b"a\tbc\td".expandtabs(4), b"\t".expandtabs(0))
print(b"\x00\xff\x10".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef".hex("-", 3), b"\xde\xad\xbe\xef".hex(b"_", -3), bytearray(b"\x01\x02").hex(" "))
print(bytes.fromhex("de ad\tbe\nef"), bytearray.fromhex("00ff"), bytes.fromhex(b"6869"), bytes.fromhex(""), type(bytearray.fromhex("")).__name__)
for bad in ("0", "zz", "0 1", "a b", "1g", 5):
    try:
        bytes.fromhex(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for sep in ("::", "é", 5):
    try:
        b"ab".hex(sep)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"abcd".translate(None, b"bd"), bytearray(b"abc").translate(table, delete=b"a"))
for bad in (lambda: b"a".translate(b"short"), lambda: bytes.maketrans(b"a", b"bc"), lambda: bytes.maketrans("a", "b")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class B(bytes):
    pass
print(type(B.fromhex("61")).__name__, B.fromhex("61"), B(b"xy").upper(), type(B(b"xy").upper()).__name__)
