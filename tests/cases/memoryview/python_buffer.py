# PEP 688: classes with __buffer__ are buffers for memoryview(), bytes() and bytearray();
# bytes and bytearray have __buffer__ too. Subclasses of bytes/bytearray export as their base.
def show(f):
    try:
        r = f()
        print("ok", r.tolist() if isinstance(r, memoryview) else r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class B:
    def __buffer__(self, flags):
        print("flags", flags)
        return memoryview(b"xyz")

class Bad:
    def __buffer__(self, flags):
        return b"xyz"

show(lambda: memoryview(B()))
show(lambda: bytes(B()))
show(lambda: bytearray(B()))
show(lambda: memoryview(Bad()))
show(lambda: b"x".__buffer__(0))
show(lambda: bytearray(b"x").__buffer__(0))
show(lambda: memoryview(b"ab").__buffer__(0))
show(lambda: b"x".__buffer__("a"))
show(lambda: b"x".__buffer__())

class Sub(bytes):
    pass
class SubA(bytearray):
    pass
print(memoryview(Sub(b"ab")).obj, type(memoryview(Sub(b"ab")).obj).__name__)
s = SubA(b"ab")
v = memoryview(s)
show(lambda: s.append(1))
v[0] = 65
print(s, v.obj is s)
v.release()
s.append(67)
print(s)
