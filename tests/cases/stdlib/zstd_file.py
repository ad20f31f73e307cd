# ZstdFile and compression.zstd.open: binary and text modes, seeking, errors.
import io, os
from compression import zstd
from compression.zstd import ZstdFile, ZstdError
def t(f):
    try:
        r = f()
        s = repr(r)
        print('ok', (f'<{type(r).__name__} object>' if ' at 0x' in s else s)[:200])
    except Exception as e:
        print(type(e).__name__, e)
path = 'stdlib/zstd_file_tmp.zst'
data = b''.join(b'line %d of the file\n' % i for i in range(2000))
with zstd.open(path, 'wb', level=5) as f:
    print(f.write(data[:1000]), f.tell())
    f.flush()
    f.write(data[1000:])
    print(f.tell(), f.mode, f.writable(), f.readable(), f.seekable())
t(lambda: f.write(b'x'))
t(lambda: f.closed)
with open(path, 'rb') as raw: comp = raw.read()
print(zstd.decompress(comp) == data)
with zstd.open(path) as f:
    print(f.read(10), f.tell())
    print(f.readline())
    print(f.seek(5), f.read(5))
    print(f.seek(-10, 2), f.read())
    print(f.seek(100), f.read1(5))
    print(f.seek(3, 1), f.read(4))
    print(f.peek()[:4])
    b = bytearray(6); print(f.readinto(b), b)
    t(lambda: f.write(b'x'))
    t(lambda: f.seek(0, 5))
    print(len(list(f)))
with ZstdFile(io.BytesIO(comp + zstd.compress(b'second frame'))) as f:
    print(f.read()[-20:])
with ZstdFile(io.BytesIO(comp + b'trailing garbage')) as f:
    t(lambda: len(f.read()))
with ZstdFile(io.BytesIO(comp[:-5])) as f:
    t(lambda: len(f.read()))
with ZstdFile(io.BytesIO(b'not zstd at all')) as f:
    t(lambda: f.read())
bio = io.BytesIO()
with ZstdFile(bio, 'w', options={zstd.CompressionParameter.checksum_flag: 1}) as f:
    f.write(b'abc'); f.flush(ZstdFile.FLUSH_FRAME); f.write(b'def')
    t(lambda: f.flush(7))
print(bio.getvalue())
t(lambda: ZstdFile(io.BytesIO(), 'z'))
t(lambda: ZstdFile(io.BytesIO(), 3))
t(lambda: ZstdFile(io.BytesIO(), 'r', level=3))
t(lambda: ZstdFile(io.BytesIO(), 'w', level='3'))
t(lambda: ZstdFile(io.BytesIO(), 'w', options=[]))
t(lambda: ZstdFile(123))
t(lambda: zstd.open(path, 'rbt'))
t(lambda: zstd.open(path, 'rb', encoding='utf-8'))
t(lambda: zstd.open(path, 'rb', errors='strict'))
t(lambda: zstd.open(path, 'rb', newline='\n'))
with zstd.open(path, 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\r\nthird\rline\n' * 3)
with zstd.open(path, 'rt', encoding='utf-8') as f:
    print(f.readline(), f.read(5), list(f))
with zstd.open(path, 'rt', encoding='utf-8', newline='') as f:
    print(list(f))
with zstd.open(path, 'rb') as f:
    print(f.read())
f = ZstdFile(io.BytesIO(), 'w'); f.close(); f.close()
t(lambda: f.tell())
t(lambda: f.readable())
t(lambda: ZstdFile(io.BytesIO(comp), 'r').seekable())
os.remove(path)
