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

# Slices of slices over a grid of bounds and steps, against the bytes they should select.
data = bytes(range(24))
g = memoryview(data)
bad = 0
for a in [None, -30, -7, -1, 0, 1, 5, 23, 24, 40]:
    for b in [None, -30, -7, -1, 0, 3, 23, 24, 40]:
        for c in [None, 1, 2, 3, -1, -2, -5, 25]:
            v = g[a:b:c]
            if v.tobytes() != data[a:b:c] or v.tolist() != list(data[a:b:c]) or len(v) != len(data[a:b:c]):
                bad += 1
            if v[::-1].tobytes() != data[a:b:c][::-1] or v[1::2].tobytes() != data[a:b:c][1::2]:
                bad += 1
print("grid mismatches:", bad)

# Contiguity of empty and one-item strided slices decides whether they can be cast.
for v in [g[:0:2], g[5:5], g[::-1][:0], g[3:4:5], g[::25], g[::-1]]:
    print(v.shape, v.strides, v.c_contiguous, v.f_contiguous, v.contiguous, v.tobytes(), v.hex())
    show(lambda: v.cast("B").tolist())
