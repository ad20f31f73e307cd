# ZstdFile over non-seekable streams, operations in the wrong mode or after close, io base
# classes, text mode defaults.
import io
from compression import zstd
class NoSeek(io.RawIOBase):
    def __init__(self, data): self.b = io.BytesIO(data)
    def readable(self): return True
    def seekable(self): return False
    def readinto(self, b):
        d = self.b.read(len(b)); b[:len(d)] = d; return len(d)
frame = zstd.compress(b'abc' * 100000)
f = zstd.ZstdFile(NoSeek(frame))
print(f.seekable(), len(f.read1()), len(f.read1(-1)))
try: f.seek(0)
except Exception as e: print(type(e).__name__, e)
w = zstd.ZstdFile(io.BytesIO(), 'w')
for call in (lambda: w.seek(0), lambda: w.read(), lambda: w.seekable()):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
w.close()
for call in (lambda: w.seek(0), lambda: w.read(), lambda: w.write(b''), lambda: w.flush()):
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(isinstance(w, io.BufferedIOBase), isinstance(w, io.IOBase))
t = zstd.open(io.BytesIO(zstd.compress('a\nb\n'.encode())), 'rt')
print(isinstance(t, io.TextIOWrapper), t.readlines(), t.encoding)
