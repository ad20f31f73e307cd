print(chr(65), chr(0x1f600), chr(0), repr(chr(10)), chr(233), ord("A"), ord("é"), ord("\U0001f600"), ord(b"a"))
print([ord(c) for c in "héllo"], "".join(chr(c) for c in range(97, 100)))
print(ord(bytearray(b"z")), chr(0x10ffff) == "\U0010ffff")
for bad in (lambda: ord(""), lambda: ord("ab"), lambda: chr(-1), lambda: chr(1.0), lambda: ord(1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
