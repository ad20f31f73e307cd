print(max(1, 3, 2), min(1, 3, 2), max([4, 8, 1]), min("hello"), max("a", "b", key=str.upper))
print(max([], default="empty"), min([], default=None), max([1, -5, 3], key=abs), min([(2, "b"), (1, "z")]))
print(max([1, 2, 2.0]), max([2.0, 2]), min([[1], [0, 5]]), max({1: "a", 9: "b"}), max(range(5)))
print(max([3, 1], key=lambda x: -x), max((s for s in ["aa", "b", "ccc"]), key=len))
for bad in (lambda: max(), lambda: max([]), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]),
            lambda: max([1], foo=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
