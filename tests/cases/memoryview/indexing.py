# Reading items and slices: negative indices, steps, bounds, and invalid keys.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = memoryview(b"abcdefgh")
print(m[0], m[-1], m[7], m[-8])
print(m[2:5].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m[::-3].tolist(), m[1:7:3].tobytes())
print(m[5:10].tolist(), m[-10:2].tolist(), m[6:2].tolist(), m[1::2][::-1].tolist())
s = m[::-2]
print(s.shape, s.strides, s.nbytes, s.c_contiguous, s.contiguous, s.tobytes())
print(m[0,], m[True])

class Index:
    def __index__(self):
        return 3
print(m[Index()], m[Index():].tobytes())

show(lambda: m[8])
show(lambda: m[-9])
show(lambda: m[2**70])
show(lambda: m["a"])
show(lambda: m[1.0])
show(lambda: m[None])
show(lambda: m[::0])
show(lambda: m[()])
show(lambda: m[...])
show(lambda: m[0, 0])
show(lambda: m[:, :])
show(lambda: m[1:2, 3])
