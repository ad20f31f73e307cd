g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in ["a", "bbb", "cc"]))
print(list((i, j) for i in range(3) for j in range(i)))
it = iter([1, 2, 3])
g = (v * 10 for v in it)
print(next(g), next(it), list(g))
try:
    (1 / 0 for _ in range(1))
    print("creation is lazy except first iterable")
    (x for x in 1 / 0)
except ZeroDivisionError as e:
    print("first iterable evaluated eagerly:", e)
print("".join(c.upper() for c in "abc"), tuple(n for n in (1, 2)))
