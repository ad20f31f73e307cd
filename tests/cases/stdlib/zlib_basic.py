# zlib: one-shot functions (containers, levels), stream objects, checksums, errors.
import zlib

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

text = b"hello hello hello, zlib world! " * 40 + bytes(range(256))
# Short inputs and stored blocks (level 0) compress exactly as zlib does; longer inputs may
# differ from zlib's bytes (ophis uses zlib-rs), so only round trips are compared for them.
print(zlib.compress(b"hello"))
print(zlib.compress(b"hello", 0))
print(zlib.compress(b"hello", wbits=-15), zlib.compress(b"hello", wbits=31))
print(zlib.compress(text) == zlib.compress(text, 6), len(zlib.compress(text)) < len(text) // 3)
for level in range(-1, 10):
    for wbits in (15, 9, -15, -9, 31):
        packed = zlib.compress(text, level, wbits)
        assert zlib.decompress(packed, wbits) == text, (level, wbits)
        assert zlib.decompress(packed, 47 if wbits > 0 else wbits) == text
print(zlib.decompress(zlib.compress(text), 0) == text, zlib.decompress(zlib.compress(text), bufsize=1) == text)

# A stream produced by CPython's zlib at level 9, and a gzip member.
fixture = b'x\xda\xcbH\xcd\xc9\xc9W\xc8@\x90:PNy~QN\x8a"\x00\xb7\x89\x0bF'
print(zlib.decompress(fixture))
print(zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00', 31))

# Stream objects.
c = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_DEFAULT_STRATEGY)
parts = [c.compress(text[i:i + 100]) for i in range(0, len(text), 100)]
parts.append(c.flush(zlib.Z_SYNC_FLUSH))
parts.append(c.compress(b"tail"))
parts.append(c.flush())
packed = b"".join(parts)
print(zlib.decompress(packed, -12) == text + b"tail")
show(lambda: c.compress(b"more"))
show(lambda: c.flush())

d = zlib.decompressobj()
full = zlib.compress(text) + b"EXTRA"
out = d.decompress(full[:50])
print(d.eof, d.unused_data, len(d.unconsumed_tail))
out += d.decompress(full[50:])
print(out == text, d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"more"), d.unused_data, d.flush())

d = zlib.decompressobj()
chunk = d.decompress(zlib.compress(text), 100)
print(len(chunk), len(d.unconsumed_tail) > 0, d.eof)
rest = b""
while d.unconsumed_tail:
    rest += d.decompress(d.unconsumed_tail, 100)
rest += d.flush()
print(chunk + rest == text, d.eof)

d = zlib.decompressobj(wbits=-15)
print(d.decompress(zlib.compress(text, wbits=-15)[:-5]) + d.flush() == text[:len(text)], d.eof)

d = zlib.decompressobj(47)
print(d.decompress(zlib.compress(b"auto", wbits=31)), d.eof)

z = zlib.compressobj(zdict=b"hello world")
data = z.compress(b"hello world hello") + z.flush()
print(zlib.decompressobj(zdict=b"hello world").decompress(data))
show(lambda: zlib.decompress(data))
raw = zlib.compressobj(wbits=-15, zdict=b"abcdef")
rdata = raw.compress(b"abcdefabcdef") + raw.flush()
print(zlib.decompressobj(wbits=-15, zdict=b"abcdef").decompress(rdata))

print(zlib.crc32(b"hello"), zlib.crc32(b"hello", 12345), zlib.crc32(b"abc", -1), zlib.crc32(b""))
print(zlib.adler32(b"hello"), zlib.adler32(b"hello", 0), zlib.adler32(b"abc", 2**33), zlib.adler32(b""))
print(zlib.crc32(memoryview(text)), zlib.adler32(bytearray(text)))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH)
print(issubclass(zlib.error, Exception), zlib.error.__module__, type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

show(lambda: zlib.decompress(b"hello"))
show(lambda: zlib.decompress(b"x\x9c"))
show(lambda: zlib.decompress(zlib.compress(b"abc")[:-1]))
show(lambda: zlib.decompress(zlib.compress(b"abc") + b"xx"))
show(lambda: zlib.decompress(zlib.compress(b"abc"), wbits=-15))
show(lambda: zlib.decompress(zlib.compress(b"abc"), wbits=9))
show(lambda: zlib.decompress(zlib.compress(b"abc"), bufsize=-1))
show(lambda: zlib.decompress(b"x\x9c", wbits=50))
show(lambda: zlib.decompress("abc"))
show(lambda: zlib.compress(b"x", level=10))
show(lambda: zlib.compress(b"x", wbits=16))
show(lambda: zlib.compress(b"x", level="a"))
show(lambda: zlib.compressobj(method=9))
show(lambda: zlib.compressobj(memLevel=10))
show(lambda: zlib.compressobj(strategy=7))
show(lambda: zlib.compressobj(wbits=-8))
show(lambda: zlib.decompressobj(wbits=48))
show(lambda: zlib.decompressobj(zdict="x"))
show(lambda: zlib.compressobj(zdict="x"))
show(lambda: zlib.compressobj().flush(7))
show(lambda: zlib.decompressobj().decompress(b"x", -1))
show(lambda: zlib.decompressobj().flush(0))
show(lambda: zlib.decompressobj(zdict=b"wrong dictionary").decompress(data))
show(lambda: zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x01', 31))
show(lambda: zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x107\x05\x00\x00\x00', 31))
show(lambda: zlib.adler32("abc"))
