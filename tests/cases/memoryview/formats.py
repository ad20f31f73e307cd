# Storing values through typed views: ranges, types and conversions for each format.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

w = memoryview(bytearray(64))

class Index:
    def __index__(self):
        return 7

class Float:
    def __float__(self):
        return 2.5

cases = [("b", 127), ("b", -128), ("b", 128), ("b", -129), ("B", 255), ("B", True), ("h", 40000), ("h", -32768),
         ("H", -1), ("H", 65535), ("i", 2**31), ("i", -2**31), ("I", 2**32 - 1), ("I", 2**32), ("l", -1),
         ("L", 2**64 - 1), ("q", 2**63), ("q", -2**63), ("Q", 2**64 - 1), ("Q", 2**64), ("n", -1), ("N", -1),
         ("f", 1.5), ("f", 1e300), ("f", "x"), ("f", True), ("f", Float()), ("d", 1), ("d", 2**2000), ("d", "1"),
         ("d", Index()), ("e", 1.0), ("e", 65504.0), ("e", 1e10), ("e", 1e-8), ("e", float("inf")),
         ("?", 5), ("?", []), ("?", "x"), ("c", b"x"), ("c", b"xy"), ("c", 1), ("c", bytearray(b"x")),
         ("P", 5), ("P", -1), ("P", 2**64), ("i", 1.0), ("i", Index()), ("i", None), ("d", None)]
for fmt, value in cases:
    def store():
        c = w.cast(fmt)
        c[0] = value
        return c[0]
    print(fmt, end=" ")
    show(store)
print(w.cast("d")[0] == 7.0, w.cast("f").tolist()[:2])
