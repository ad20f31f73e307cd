# ==/!= with buffers (by item values, shapes must match), no ordering, and hashing.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = memoryview(b"abcabc")
w = memoryview(bytearray(b"abcabc"))
print(m == w, m == b"abcabc", m == bytearray(b"abcabc"), m != b"abcabd", m == "abcabc", m == 1)
print(b"abcabc" == m, bytearray(b"abcabc") == m, bytearray(b"abcabc") < m, bytearray(b"abd") > m)
print(m == m.cast("c"), m.cast("c") == m.cast("c"), m.cast("b") == m, m.cast("h") == m.cast("H"))
print(m.cast("B", [2, 3]) == m.cast("B", [2, 3]), m.cast("B", [2, 3]) == m.cast("B", [3, 2]), m.cast("B", [2, 3]) == m)
print(m[::2] == b"acb", m[::-1] == b"cbacba", m[:0] == b"")
nan = memoryview(bytearray(b"\x00\x00\x00\x00\x00\x00\xf8\x7f")).cast("d")
print(nan == nan, nan == memoryview(bytes(nan)).cast("d"), nan.tolist())
one = memoryview(bytearray(b"\x00\x00\x00\x00\x00\x00\xf0?")).cast("d")
print(one == memoryview(b"\x01\x00\x00\x00\x00\x00\x00\x00").cast("q"))
print(m.__eq__(1), m.__lt__(b"ab"), m.__ne__(b"abcabc"))
show(lambda: m < m)
show(lambda: m >= b"")
show(lambda: b"abcabc" < m)

print(hash(m) == hash(b"abcabc"), hash(m[::2]) == hash(b"acb"), hash(m.cast("c")) == hash(b"abcabc"))
print(hash(m.cast("b")) == hash(b"abcabc"), hash(m) == hash(m))
print({m: 1}[memoryview(b"abcabc")] if hash(m) == hash(memoryview(b"abcabc")) else "different")
show(lambda: hash(w))
show(lambda: hash(m.cast("h")))
show(lambda: hash(w.toreadonly()))
r = w.toreadonly()
print(r.readonly, r.tolist() == w.tolist(), r.obj is w.obj, memoryview(r).readonly)
show(lambda: r.__setitem__(0, 1))
