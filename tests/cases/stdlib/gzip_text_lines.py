import gzip, io

store = io.BytesIO()
with gzip.open(store, "wt", encoding="utf-8") as f:
    print(type(f).__name__, f.encoding, f.errors)
    for i in range(2000):
        f.write(f"line {i} é\n")
    f.write("a\r\nb\rc")
data = store.getvalue()
with gzip.open(io.BytesIO(data), "rt", encoding="utf-8") as f:
    print(isinstance(f, io.TextIOWrapper), f.readline(), end="")
    lines = f.readlines()
    print(len(lines), lines[-3:])
with gzip.open(io.BytesIO(data), "rt", newline="") as f:
    print(list(f)[-3:])
with gzip.open(io.BytesIO(data), "rt") as f:
    print(repr(f.read(7)), f.readline(), sum(1 for _ in f))
print(f.closed)
with gzip.open(io.BytesIO(data), "rt", encoding="ascii", errors="replace") as f:
    print(repr(f.readline()))
buf = io.BytesIO()
with gzip.open(buf, "wt", newline="\r\n") as f:
    f.write("x\ny\n")
print(gzip.decompress(buf.getvalue()))
try:
    gzip.open(io.BytesIO(data), "rtb")
except ValueError as e:
    print(e)
