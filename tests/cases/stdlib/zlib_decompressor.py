# zlib._ZlibDecompressor: max_length, needs_input, eof, unused_data, errors.
import zlib
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
data = zlib.compress(bytes(range(256)) * 40)
d = zlib._ZlibDecompressor()
print(type(d), d.eof, d.needs_input, d.unused_data)
a = d.decompress(data[:100], 50); print(len(a), d.needs_input, d.eof)
a = d.decompress(b'', 50); print(len(a), d.needs_input, d.eof)
a = d.decompress(b'', -1); print(len(a), d.needs_input, d.eof)
a = d.decompress(data[100:] + b'extra'); print(len(a), d.needs_input, d.eof, d.unused_data)
t(lambda: d.decompress(b'x'))
d = zlib._ZlibDecompressor()
a = d.decompress(data, 0); print(len(a), d.needs_input)
a = d.decompress(data[:-5] , 10240); print(len(a), d.needs_input, d.eof)
t(lambda: zlib._ZlibDecompressor().decompress(b'garbage'))
t(lambda: zlib._ZlibDecompressor(wbits=99))
t(lambda: zlib._ZlibDecompressor(-15, b'x').decompress(zlib.compress(b'x', wbits=-15)))
t(lambda: zlib._ZlibDecompressor().decompress(data, max_length=10))
# Feeding one byte at a time.
d = zlib._ZlibDecompressor(wbits=31)
gz = zlib.compress(b"byte by byte " * 50, wbits=31) + b"tail"
out = b""
for i in range(len(gz)):
    if d.eof:
        break
    out += d.decompress(gz[i:i + 1])
print(out == b"byte by byte " * 50, d.eof, d.unused_data)
