# gzip: one-shot functions, GzipFile over file objects and real files, gzip.open, errors.
import gzip
import io
import os

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

print(gzip.compress(b"hello", mtime=0))
print(gzip.compress(b"hello", 1, mtime=5), gzip.compress(b"hello", 6, mtime=5))
text = b"line one\nline two\n" * 500 + b"last line without newline"
for level in (0, 1, 5, 9):
    assert gzip.decompress(gzip.compress(text, level)) == text
print(gzip.decompress(gzip.compress(b"a") + b"\0\0\0" + gzip.compress(b"b")))
# A member written by CPython with a file name in the header.
print(gzip.decompress(b'\x1f\x8b\x08\x08\x07\x00\x00\x00\x02\xffname.txt\x00KLJ\x06\x00\xc2A$5\x03\x00\x00\x00'))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=7, filename="name.txt.gz") as f:
    print(f.write(b"abc"), f.write(bytearray(b"def")), f.write(memoryview(b"ghi")), f.mode, f.name, f.tell())
print(buf.getvalue())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=7) as f:
    f.write(text)
    f.flush()
    f.write(b"!")
data = buf.getvalue()
print(gzip.decompress(data) == text + b"!")

with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
    print(f.mode, f.readable(), f.writable(), f.seekable())
    print(f.read(4), f.read1(5), f.peek(3)[:3], f.readline(), f.tell(), f.mtime)
    print(f.readline(4), f.readline())
    lines = f.readlines()
    print(len(lines), lines[0], lines[-1], f.read(), f.tell())
    f.seek(9)
    print(f.read(8), f.seek(-3, 2), f.read())
    f.rewind()
    ba = bytearray(6)
    print(f.readinto(ba), ba)
print(f.closed)
with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
    print(sum(1 for _ in f))

path = "/tmp/ophis_gzip_case_%d.gz" % os.getpid()
try:
    with gzip.open(path, "wb") as f:
        f.write(text)
    with gzip.open(path, "ab") as f:
        f.write(b"\nappended member\n")
    with gzip.open(path) as f:
        content = f.read()
    print(content == text + b"\nappended member\n", content[-16:])
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("héllo\nwörld\n")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        print(f.readline(), f.read())
    with gzip.open(path, "rt", encoding="utf-8") as f:
        print(list(f))
    with open(path, "rb") as raw:
        print(raw.read(3))
finally:
    os.remove(path)

for bad in [b"", b"\x1f", b"xx\x08\x00", b"\x1f\x8b\x09", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
            gzip.compress(b"abc")[:-3], gzip.compress(b"abc")[:-8] + b"\0\0\0\0\3\0\0\0",
            gzip.compress(b"abc")[:-4] + b"\4\0\0\0", gzip.compress(b"a") + b"garbage"]:
    show(lambda: gzip.decompress(bad))
print(issubclass(gzip.BadGzipFile, OSError))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"x"))).write(b"a"))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="w").read())
def closed_write():
    f = gzip.GzipFile(fileobj=io.BytesIO(), mode="w")
    f.close()
    f.write(b"a")
show(closed_write)
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="rt"))
show(lambda: gzip.open(io.BytesIO(), mode="rb", encoding="x"))
show(lambda: gzip.open(io.BytesIO(), mode="z"))
show(lambda: gzip.open(io.BytesIO(), mode="rbt"))
show(lambda: gzip.open(1.5))
show(lambda: gzip.GzipFile(fileobj=io.BytesIO(b"not gzip data")).read())
print(gzip.READ, gzip.WRITE, gzip.__all__)
