for c in "hé":
    print(c)
for k in {"b": 1, "a": 2}:
    print(k)
for k, v in {"x": 1}.items():
    print(k, v)
for b in b"AB":
    print(b)
for i in range(3, 0, -1):
    print(i)
for x in (y * 2 for y in [1, 2]):
    print(x)
for n in sorted({3, 1, 2}):
    print(n)
for line in "l1\nl2\n".splitlines():
    print(line)
