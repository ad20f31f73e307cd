# cast(): formats, shapes, multi-dimensional views, and every cast error.
def show(f):
    try:
        r = f()
        print("ok", r if not isinstance(r, memoryview) else ("view", r.format, r.shape, r.strides))
    except Exception as e:
        print(type(e).__name__ + ":", e)

raw = bytearray(b"\x00\x00\x00\x00\x00\x00\xf8?\x00\x00\x00\x00\x00\x00\x00\xc0" + bytes(16)
                + b"\x00\x00\x00\x00\x00\x00\xf8\x7f" + b"\x01\x80\x7f\xff" * 6)
w = memoryview(raw)
for f in "bBchHiIlLqQnNfde?P":
    c = w.cast(f)
    print(f, c.itemsize, c.nbytes, len(c), c.format, c.tolist()[:5], c.tolist()[-3:], c[0], c[-1])
print(w.cast("@B").format, w.cast("@i").itemsize)

m = memoryview(bytearray(range(1, 9)))
m2 = m.cast("B", [2, 4])
print(m2.tolist(), m2.shape, m2.strides, m2.ndim, len(m2), m2.nbytes)
print(m2[1, 2], m2[-1, -1], m2[0, -4])
print(m2.tobytes(), m2.tobytes("C"), m2.tobytes("F"), m2.tobytes("A"), m2.tobytes(None))
print(m2.c_contiguous, m2.f_contiguous, m2.contiguous)
print(m2[1:].tolist(), m2[::-1].tolist(), m2[::-1].strides, m2[::-1].tobytes(), m2[::-1].c_contiguous)
m3 = m.cast("B", (2, 2, 2))
print(m3.tolist(), m3.strides, m3[1, 0, 1])
print(m2.cast("B").tolist(), m2.cast("h").tolist(), m.cast("i", [2]).tolist(), m.cast("h", [2, 2]).tolist())
m2[1, 1] = 99
m3[0, 0, 0] = 100
print(m.tolist())
z = m[:1].cast("B", [])
print(z.ndim, z.shape, z.strides, z.tolist(), z.tobytes(), z[()], z[...] is z, z.nbytes)
z[()] = 5
z[...] = 6
print(m[0])

show(lambda: m2[1])
show(lambda: m2[1,])
show(lambda: m2[2, 0])
show(lambda: m2[0, 4])
show(lambda: m2[0, 0, 0])
show(lambda: m2[0:1, 0:1])
show(lambda: list(m2))
show(lambda: m2.tobytes("X"))
show(lambda: m2.tobytes(""))
show(lambda: m2.tobytes(1))
show(lambda: z[0])
show(lambda: len(z))
show(lambda: list(z))
def setter(v, key, value):
    def f():
        v[key] = value
    return f
show(setter(m2, 0, 1))
show(setter(m2, (0,), 1))
show(setter(m2, (0, 1, 2), 1))
show(setter(m2, slice(0, 1), b"abcd"))
show(setter(m2, (slice(0, 1), slice(0, 1)), b"a"))
show(setter(z, 0, 1))

show(lambda: m.cast("i").cast("h"))
show(lambda: m.cast("x"))
show(lambda: m.cast("<B"))
show(lambda: m.cast("BB"))
show(lambda: m.cast(""))
show(lambda: m[:7].cast("i"))
show(lambda: m[::2].cast("B"))
show(lambda: m.cast("B", [3]))
show(lambda: m.cast("B", [0, 8]))
show(lambda: m.cast("B", [-1, -8]))
show(lambda: m.cast("B", ["a"]))
show(lambda: m.cast("B", 8))
show(lambda: m.cast("B", [1] * 65))
show(lambda: m2.cast("B", [4, 2]))
show(lambda: m[:0].cast("B", [0]))
show(lambda: m[:0].cast("B"))
show(lambda: m.cast(1))
show(lambda: m.cast())
show(lambda: m.cast("B", shape=[8]))
show(lambda: m.cast(format="B"))
show(lambda: m.cast("B", [8], 1))
