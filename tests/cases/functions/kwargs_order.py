def f(**kw):
    return list(kw)
print(f(b=1, a=2, c=3))
print(f(**{"z": 1, "y": 2}, x=3))
def g(a, **kw):
    return a, kw
print(g(1, a2=2), g(a=5, b=6))
d = dict(one=1, two=2)
print(f(**d, three=3))
