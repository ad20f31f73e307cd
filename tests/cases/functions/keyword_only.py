def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2), f(1, flag=True, key=3))
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b"), g("a", "b", sep="+"))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
print(f.__kwdefaults__, g.__kwdefaults__, f.__code__.co_kwonlyargcount)
