x = "global"
def f():
    return x
def g():
    x = "local"
    return f()
print(g())
def h():
    print(x)
h()
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(shadow_builtin(), len("abc"))
def uses_builtin_later():
    return max([1, 2])
max = min
print(uses_builtin_later())
del max
print(uses_builtin_later())
