print(bytes(), bytes(3), bytes([65, 66]), bytes("héllo", "utf-8"), bytes(b"copy"), bytes(range(3)))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
b = b"hello world"
print(b[0], b[-1], b[1:4], b.upper(), b.split(), b.replace(b"o", b"0"), len(b), b"o" in b, 111 in b)
print(b.decode(), b.find(b"o"), b.count(b"l"), b.startswith(b"he"), b.strip(b"hd"), list(b"ab"))
print(bytes("abc", "ascii") == b"abc", b"a" < b"b", b"ab" + b"cd", b"-".join([b"a", b"b"]))
for bad in (lambda: bytes("s"), lambda: bytes([300]), lambda: bytes(-1), lambda: b"a" + "b", lambda: bytes(1.5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
