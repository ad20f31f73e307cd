one, none, pair, lst = 1, None, (1, 2), [1]
tests = [
    lambda: len(5), lambda: iter(5), lambda: next([1]), lambda: one[0], lambda: none[0], lambda: pair["a"],
    lambda: lst["x"], lambda: {}[[1]], lambda: "a" + None, lambda: sum(["a", "b"]), lambda: int(None),
    lambda: hash([]), lambda: sorted([1, "a"]), lambda: "abc".join([1, 2]), lambda: ord("ab"),
    lambda: chr("a"), lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: {}.fromkeys(),
    lambda: (1, 2).append(3), lambda: set([[]]), lambda: dict([1, 2]), lambda: "x" * "y",
    lambda: list(1), lambda: min(), lambda: max(1), lambda: divmod(1), lambda: "abc".split(1),
]
for t in tests:
    try:
        t()
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
