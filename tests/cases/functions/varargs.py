def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2, a=3))
print(f(*range(3), **{"z": 1, "y": 2}))
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3), type(g(1)[1]).__name__)
def h(**kw):
    kw["new"] = 1
    return kw
d = {"a": 1}
print(h(**d), d)
def k(a, b, c):
    return a * 100 + b * 10 + c
print(k(*[1, 2], c=3), k(**{"c": 1, "b": 2, "a": 3}))
