# release(), the context manager, use after release, and bytearray export counting.
def show(f):
    try:
        r = f()
        print("ok", r if not isinstance(r, memoryview) else "memoryview")
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"abcdef")
m = memoryview(ba)
show(lambda: ba.append(1))
show(lambda: ba.extend(b""))
show(lambda: ba.extend(b"x"))
show(lambda: ba.clear())
show(lambda: ba.pop())
show(lambda: ba.remove(97))
show(lambda: ba.insert(0, 1))
show(lambda: ba.resize(6))
show(lambda: ba.resize(5))
show(lambda: ba.reverse())
def s1(): ba[0:2] = b"xy"
def s2(): ba[0:2] = b"xyz"
def s3(): del ba[0]
def s4(): del ba[0:0]
def s5():
    global ba
    ba += b""
def s6():
    global ba
    ba *= 1
def s7():
    global ba
    ba *= 2
def s8():
    global ba
    ba += b"a"
def s9(): ba[::2] = b"123"
def s10(): del ba[::2]
def s11():
    global ba
    ba += memoryview(b"z")
for f in [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11]:
    show(f)
print(ba)

# Views derived from a view share its export: the bytearray is free once all are gone.
m2 = m[1:]
m.release()
show(lambda: ba.append(1))
m2.release()
show(lambda: ba.append(1))
m3 = memoryview(ba)
m4 = memoryview(m3)
m3.release()
show(lambda: ba.append(1))
del m4
show(lambda: ba.append(1))
c = memoryview(ba).cast("B", [len(ba)])
show(lambda: ba.append(1))
del c
show(lambda: ba.append(1))
print(ba)

with memoryview(ba) as v:
    print(v[0], v.tolist()[:3])
    show(lambda: ba.append(2))
show(lambda: ba.append(2))
print(repr(v).startswith("<released memory at 0x"))
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides",
             "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]:
    show(lambda: getattr(v, name))
show(lambda: v[0])
show(lambda: len(v))
show(lambda: v.tolist())
show(lambda: v.tobytes())
show(lambda: v.hex())
show(lambda: v.cast("B"))
show(lambda: v.toreadonly())
show(lambda: v.count(1))
show(lambda: v.index(1))
show(lambda: iter(v))
show(lambda: hash(v))
show(lambda: memoryview(v))
show(lambda: bytes(v))
show(lambda: bytearray(v))
show(lambda: v.__enter__())
show(lambda: v.__exit__(None, None, None))
show(lambda: v.release())
show(lambda: v == v)
show(lambda: v != v)
show(lambda: v == memoryview(b""))
show(lambda: memoryview(b"") == v)
show(lambda: b"".join([v]))
show(lambda: b"ab" + v)
