l = list(range(5))
it = iter(l)
next(it)
l.clear()
print(list(it))
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x == 1:
        l.insert(0, 0)
    if len(out) > 5:
        break
print(out)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(e)
