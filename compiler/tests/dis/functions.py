def f(a, b=2, *args, c, d=4, **kw):
    return a + b + c + d


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


g = lambda x: x * 2
