print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
e = enumerate(["x", "y"])
print(next(e), type(e).__name__, list(e))
print(list(enumerate(range(3), 2 ** 70)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
