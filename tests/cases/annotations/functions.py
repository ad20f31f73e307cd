# Function annotations are evaluated lazily by a compiler-generated __annotate__.
def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: bytes) -> list:
    return [a, b]
print(f.__annotations__)
print(f.__annotate__.__name__, f.__annotate__.__qualname__)
print(f.__annotate__(1) == f.__annotations__, f.__annotate__(1) is f.__annotate__(1))
print(f.__annotations__ is f.__annotations__)

def posonly(a: int, /, b: str, *, c: float): pass
print(posonly.__annotations__)

def only_return() -> None: pass
print(only_return.__annotations__)

def nothing(a, b=1, *c, **d): pass
print(nothing.__annotations__, nothing.__annotate__)

lam = lambda x, y=2: x
print(lam.__annotations__, lam.__annotate__)

# Formats: 1 (VALUE) and 2 (VALUE_WITH_FAKE_GLOBALS) give the values; others are refused.
print(f.__annotate__(2))
for fmt in (3, 4, 100):
    try:
        f.__annotate__(fmt)
    except NotImplementedError as e:
        print(fmt, type(e).__name__, e.args)
try:
    f.__annotate__()
except TypeError as e:
    print(e)

# Forward references: the annotation is evaluated when first asked for.
def forward(x: Later) -> Later: pass
try:
    forward.__annotations__
except NameError as e:
    print("NameError:", e)
class Later: pass
print(forward.__annotations__)

# Closures: annotations see the enclosing function's variables at evaluation time.
def outer():
    T = int
    def inner(x: T) -> T: pass
    T = str
    return inner
inner = outer()
print(inner.__annotations__, inner.__annotate__.__qualname__)

# Side effects happen only when the annotations are computed.
calls = []
def note(v):
    calls.append(v)
    return v
def g(a: note("a"), b: note("b")) -> note("ret"): pass
print(calls)
g.__annotations__
g.__annotations__
print(calls)

# Methods and private names.
class K:
    def m(self, __p: int, q: "K") -> "K": pass
print(K.m.__annotations__, K.m.__annotate__.__qualname__)

# async defs and decorators.
def deco(fn):
    print("decorating", fn.__name__, fn.__annotate__ is not None)
    return fn
@deco
async def coro(x: int) -> str: pass
print(coro.__annotations__)
