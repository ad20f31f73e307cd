# Construction, attributes, len/iteration, repr, and the errors for non-buffers.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = memoryview(b"abcdef")
print(m.obj, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(len(m), list(m), m.tolist(), m.tobytes())
print(type(m).__name__, type(iter(m)).__name__, isinstance(m, memoryview))
print(repr(m).startswith("<memory at 0x"), repr(m).endswith(">"))
w = memoryview(bytearray(b"xyz"))
print(w.readonly, w.obj, bool(w), bool(memoryview(b"")), len(memoryview(b"")))
print(memoryview(object=b"kw").tobytes())
print(memoryview(m).obj is m.obj, m[1:].obj is m.obj, memoryview(m).tolist() == m.tolist())
print(list(reversed(m)), sorted(memoryview(b"cab")), 98 in m, 300 in m, b"b" in m)

show(lambda: memoryview())
show(lambda: memoryview("str"))
show(lambda: memoryview(1))
show(lambda: memoryview([1, 2]))
show(lambda: memoryview(b"", 1))
show(lambda: memoryview(x=b""))
show(lambda: memoryview.release(b"x"))

def set_attr():
    m.readonly = False
show(set_attr)
def set_other():
    m.foo = 1
show(set_other)
def subclass():
    class X(memoryview):
        pass
show(subclass)
