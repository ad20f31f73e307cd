def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a)
        return fn(*a, **k)
    wrapper.__name__ = "wrapped_" + fn.__name__
    return wrapper
def times(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@trace
@times(2)
def add(a, b):
    return a + b
print(add(1, 2), add.__name__)
order = []
def mark(tag):
    order.append("make " + tag)
    def d(f):
        order.append("apply " + tag)
        return f
    return d
@mark("outer")
@mark("inner")
def f():
    pass
print(order)
@lambda f: f()
def computed():
    return 42
print(computed)
