d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
for k in d:
    d[k] = 2
print(d)
l = [1, 2, 3]
for x in l:
    if len(l) < 6:
        l.append(x)
print(l)
