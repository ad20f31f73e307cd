def f(x):
    if x:
        assert (x, "always true")
        return {1}[0], [1, 2]["a"], "abc"[1.5], (lambda: 0)[1], None[0]
    return "not evaluated"
print(f(0))
