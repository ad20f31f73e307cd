import io
f = io.TextIOWrapper(io.BytesIO(b"a\nb\nc\r\nd"))
print(next(f), f.readline(), next(f), list(f))
g = io.TextIOWrapper(io.BytesIO(b"a\nb\n"))
next(g); g.close()
try:
    next(g)
except ValueError as e:
    print(e)
