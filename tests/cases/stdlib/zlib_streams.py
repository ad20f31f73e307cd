# zlib stream objects: copy() of compressors and decompressors, strategies and memLevel,
# every flush mode, zdict, auto-detected containers, state after the end of the stream.
import copy
import zlib

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

text = b"".join(b"%d bottles of beer on the wall, " % i for i in range(300))

c = zlib.compressobj()
head = c.compress(text[:5000])
c2 = c.copy()
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
tails = [x.compress(text[5000:]) + x.flush() for x in (c, c2, c3, c4)]
print(len(set(tails)), zlib.decompress(head + tails[0]) == text)
show(lambda: c.copy())
show(lambda: c.compress(b"x"))

d = zlib.decompressobj()
packed = zlib.compress(text)
first = d.decompress(packed[:300])
d2 = d.copy()
d3 = copy.deepcopy(d)
rest = [x.decompress(packed[300:] + b"trailing") for x in (d, d2, d3)]
print(len(set(rest)), first + rest[0] == text, d2.eof, d2.unused_data, d3.unused_data)
d4 = d.copy()
print(d4.eof, d4.unused_data, d4.decompress(b"more"), d4.unused_data, d.unused_data)

for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    for mem_level in (1, 8, 9):
        c = zlib.compressobj(6, zlib.DEFLATED, 15, mem_level, strategy)
        assert zlib.decompress(c.compress(text) + c.flush()) == text
print(zlib.compress(b"aaaa", 9))
c = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_HUFFMAN_ONLY)
print(c.compress(b"abcabc") + c.flush())

c = zlib.compressobj(wbits=-15)
pieces = []
for mode in (zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK):
    pieces.append(c.compress(text[:1000]))
    pieces.append(c.flush(mode))
print(c.flush(zlib.Z_SYNC_FLUSH)[-4:], c.flush(zlib.Z_FULL_FLUSH)[-4:])
pieces.append(c.flush())
print(zlib.decompress(b"".join(pieces), -15) == text[:1000] * 5)
show(lambda: zlib.compressobj().flush(zlib.Z_TREES))

for wbits in (31, 15, 9):
    d = zlib.decompressobj(32 + 15)
    print(wbits, d.decompress(zlib.compress(b"auto detect", wbits=wbits)), d.eof)
show(lambda: zlib.decompress(zlib.compress(b"raw", wbits=-15), 47))
print(zlib.decompress(zlib.compress(b"x", wbits=9), 0), zlib.decompress(zlib.compress(b"x", wbits=31), 16 + 15))

z = zlib.compressobj(zdict=b"beer on the wall")
data = z.compress(text) + z.flush()
d = zlib.decompressobj(zdict=b"beer on the wall")
print(d.decompress(data) == text, d.eof)
dd = zlib.decompressobj(zdict=bytearray(b"beer on the wall"))
part = dd.decompress(data[:40])
print((part + dd.copy().decompress(data[40:])) == text)
show(lambda: zlib.decompressobj().decompress(data))

d = zlib.decompressobj()
out = d.decompress(packed, 10)
print(len(out), len(d.unconsumed_tail) > 0)
out += d.flush()
print(out == text, d.eof, d.unconsumed_tail)

d = zlib.decompressobj()
print(d.decompress(packed[:-4]) == text, d.eof, d.flush(), d.eof)
show(lambda: zlib.decompressobj().decompress(b"\x78\x9c\xff\xff\xff"))
