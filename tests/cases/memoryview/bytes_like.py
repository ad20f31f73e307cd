# memoryview (and other buffers) wherever CPython accepts a bytes-like object.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = memoryview(b"abcabc")
print(bytes(m[::2]), bytearray(m[::-1]), bytes(m.cast("B", [2, 3])))
print(b"-".join([m, memoryview(bytearray(b"xy"))]), bytearray(b",").join([m[:1], b"z"]))
print(b"abc".startswith(memoryview(b"ab")), b"abc".endswith(memoryview(b"bc")), b"abc".find(memoryview(b"c")))
print(memoryview(b"b") in b"abc", memoryview(b"b") in bytearray(b"abc"), b"abc".count(memoryview(b"c")))
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), str(memoryview(b"abc"), "ascii"), str(m, encoding="utf-8"))
print(b"ab" + memoryview(b"cd"), bytearray(b"ab") + memoryview(b"cd"), int(memoryview(b"12")), float(memoryview(b"1.5")))
print(b"%s|%b" % (memoryview(b"q"), memoryview(b"r")), b"a b".split(memoryview(b" ")), b"abc".replace(memoryview(b"b"), memoryview(b"X")))
print(b"xabcx".strip(memoryview(b"x")), b"abc".partition(memoryview(b"b"))[0], b"abc".translate(None, memoryview(b"b")))
ba = bytearray(b"abc")
ba.extend(memoryview(b"de"))
ba += memoryview(b"f")
ba[0:1] = memoryview(b"A")
print(ba, ba == memoryview(b"Abcdef"), bytes.fromhex("ab") + bytes(memoryview(b"x")))
print(bytes(memoryview(bytearray(b"mutable"))), bytearray(memoryview(b"copy")))
show(lambda: memoryview(b"cd") + b"ab")
show(lambda: b"ab" + memoryview(b"x").cast("c"))
show(lambda: ord(memoryview(b"a")))
show(lambda: int(memoryview(b"1x")))
show(lambda: int(memoryview(b"12"), 10))
