print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
print(sorted(["bb", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted([1.5, 1, True, 0]), sorted([], reverse=True), sorted(range(5), key=lambda x: -x))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(e)
