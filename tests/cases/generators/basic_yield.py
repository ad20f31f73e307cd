def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count_up(5)), sum(count_up(101)))
def lazy():
    print("started")
    yield 1
    print("resumed")
g = lazy()
print("created")
print(next(g))
print(next(g, "exhausted"))
print(iter(g) is g, type(g).__name__)
