mv = memoryview(b"abcdef")
print(mv[0], mv[-1], bytes(mv[1:3]), mv.tobytes(), mv.tolist()[:3], len(mv), mv.readonly, mv.nbytes, mv.format, mv.itemsize)
ba = bytearray(b"xyz")
m = memoryview(ba)
m[0] = ord("X")
print(ba, m.readonly, bytes(m[::2]), m.hex())
try:
    mv[0] = 1
except TypeError as e:
    print(e)
print(mv == b"abcdef", memoryview(b"ab") == memoryview(b"ab"))
try:
    memoryview("str")
except TypeError as e:
    print(e)
m.release()
try:
    m[0]
except ValueError as e:
    print(e)
