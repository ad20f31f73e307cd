def averager():
    total, count = 0, 0
    while True:
        v = yield (total / count if count else None)
        if v is None:
            return (count, total)
        total += v
        count += 1
def grouper(results, key):
    results[key] = yield from averager()
results = {}
for key, values in (("a", [1, 2, 3]), ("b", [10])):
    g = grouper(results, key)
    next(g)
    for v in values:
        print(key, g.send(v))
    try:
        g.send(None)
    except StopIteration:
        pass
print(results)
