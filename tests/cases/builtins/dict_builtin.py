print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict([(1, 1), (1, 2)]))
for bad in (lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: dict(1), lambda: dict({}, {})):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = dict(a=1)
d2 = dict(d)
d2["b"] = 2
print(d, d2, d | d2, {**d, "c": 3})
