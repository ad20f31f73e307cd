items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
    print(x)
print(items)
out = []
l = [1]
for x in l:
    if x < 5:
        l.append(x + 1)
    out.append(x)
print(out)
r = range(3)
for i in r:
    r = range(100)
print(i)
