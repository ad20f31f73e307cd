# Writing through views: items, slices (from any buffer of the same structure), and errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"abcdefgh")
w = memoryview(ba)
w[0] = ord("A")
w[-1] = 72
print(ba)
w[1:3] = b"BC"
w[3:5] = bytearray(b"DE")
w[5:7] = memoryview(b"FG")
print(ba)
w[::2] = b"1234"
print(ba)
w[0:4] = w[4:8]
print(ba)
w[2:6] = w[0:4]
print(ba)

def setter(v, key, value):
    def f():
        v[key] = value
        return v.tobytes()
    return f

for key, value in [(0, 256), (0, -1), (0, "a"), (0, 1.5), (0, 2**70), (0, b"x"), (8, 1), ("a", 1),
                   (slice(0, 2), b"XYZ"), (slice(0, 2), [1, 2]), (slice(0, 2), "ab"), (slice(None, None, 2), b"123"),
                   ((), 1), (..., 1), ((0,), 7), ((0, 0), 1), (slice(0, 1), memoryview(b"y").cast("c"))]:
    show(setter(w, key, value))

def delete():
    del w[0]
show(delete)
r = memoryview(b"read-only")
show(setter(r, 0, 1))
show(setter(r, slice(0, 1), b"x"))
def delete_ro():
    del r[0]
show(delete_ro)
show(lambda: r.__setitem__(0, 1))
c = w.cast("c")
show(setter(c, 0, b"z"))
show(setter(c, 0, b"zz"))
show(setter(c, 0, 1))
show(setter(c, slice(0, 1), b"q"))
print(ba)
