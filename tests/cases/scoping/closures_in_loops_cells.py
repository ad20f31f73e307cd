def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    cells = []
    for j in range(3):
        cells.append(lambda: j)
    j = "changed"
    return [f() for f in fs], [c() for c in cells]
print(make())
def counter_factory():
    counts = {}
    def count(k):
        counts[k] = counts.get(k, 0) + 1
        return counts[k]
    return count
c = counter_factory()
print(c("a"), c("a"), c("b"))
