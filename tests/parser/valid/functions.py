def f(): pass
def f(a, b): pass
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c): pass
def f(*, a=1, b): pass
def f(a: int, b: str = "x", *args: int, **kw: str) -> None: pass
def f(*args: *Ts): pass
def f(a,): pass
def f(a, /): pass
def f(**kw,): pass
async def f():
    await x
    async for a in b:
        pass
    async with a as b:
        pass
    return [x async for x in y]
@decorator
def f(): pass
@a.b(c)
@d
class C: pass
@x[0]
@(lambda f: f)
def g(): pass
@a if b else c
def h(): pass
@(x := y)
def i(): pass
def outer():
    nonlocal_x = 1
    def inner():
        nonlocal nonlocal_x
        global g
    yield
    yield x
    yield from y
    x = yield
    x = yield from y
    await z
class A: pass
class A(): pass
class A(B, C): pass
class A(B, metaclass=M, **kw): pass
class A(*bases): pass
