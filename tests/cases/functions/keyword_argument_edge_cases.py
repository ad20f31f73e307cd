def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=1, a=0))
print(f(*(1, 2), **{"c": 3, "z": 26}))
def g(**kwargs):
    return kwargs
print(g(**{"a-b": 1, "": 2, "with space": 3}))
def h(x, /, *, y):
    return x, y
print(h(1, y=2))
try:
    h(x=1, y=2)
except TypeError as e:
    print(e)
