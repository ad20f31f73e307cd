(a, (b, c), [d, *e]) = 1, (2, 3), [4, 5, 6]
print(a, b, c, d, e)
[x] = [10]
(y,) = "z"
print(x, y)
a, b = b, a
print(a, b)
for bad in ("a, b = 1, 2, 3", "(a, b), c = [1, 2], 3", "a, *b, c, d = [1, 2]", "a, b = None"):
    try:
        exec(bad)
        print("ok", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
