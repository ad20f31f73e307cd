# bytes/bytearray searching and splitting: int needles, windows, result types.
b = b"abracadabra"
ba = bytearray(b)
print(b.find(97, 1), b.find(b"cad"), ba.rfind(bytearray(b"a"), 0, -1), b.count(b""), b.count(97), ba.count(b"ab"), b.find(b"", 12))
print(b.index(b"d"), ba.rindex(98), b.startswith(b"abr", 0, 3), b.endswith((b"x", bytearray(b"ra"))), ba.startswith(b"", 11))
for bad in (lambda: b.find(300), lambda: b.find("a"), lambda: b.index(b"z"), lambda: ba.rindex(120), lambda: b.find(1.5),
            lambda: b.startswith("a"), lambda: b.startswith((b"z", "a")), lambda: b.count(-1)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b.split(b"a"), ba.split(b"a", 2), b.rsplit(b"a", 1), b" a \t b\n".split(), b" a  b ".rsplit(None, 1), b"a\x1cb".split())
print(b"x\ny\r\nz\r".splitlines(), b"x\ny\r\n".splitlines(keepends=True), b"a\x0bb\x85c".splitlines(), bytearray(b"q\n").splitlines())
print(b.partition(b"cad"), ba.rpartition(b"a"), b.partition(b"zz"), ba.rpartition(bytearray(b"zz")))
print(b"  xy  ".strip(), b"xyzzy".strip(b"y"), ba.lstrip(b"ab"), b"\x0b\x0cx\x1c".strip(), bytearray(b"--a--").rstrip(b"-"))
print(b.removeprefix(b"abra"), ba.removesuffix(b"abra"), b.removeprefix(b"zz") is b, type(ba.removeprefix(b"")).__name__)
for bad in (lambda: b.split(","), lambda: b.split(b""), lambda: b.strip("a"), lambda: b.partition(""), lambda: b.partition(b""),
            lambda: b.removeprefix("a"), lambda: b.split(b"a", None)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
