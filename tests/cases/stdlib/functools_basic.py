# functools: partial (Placeholder, flattening, reprs), reduce, wraps, lru_cache, cache,
# total_ordering, cmp_to_key, cached_property, singledispatch, partialmethod.
import functools
from functools import partial, Placeholder as P

def g(*a, **k):
    return a, k

p = partial(g, 1, P, 3, x=1)
print(p.args, p.keywords, p(2, 4, y=2))
try:
    p()
except TypeError as e:
    print(e)
q = partial(p, 5, z=3)
print(q.func is g, q.args, q.keywords)
for bad in [lambda: partial(g, 1, P), lambda: partial(), lambda: partial(1), lambda: partial(g, x=P)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(repr(partial(len, [1])), repr(P), type(P).__name__)
class MyP(partial):
    pass
print(repr(MyP(max, 1, key=abs)))
class A:
    f = partial(g, 1)
print(A().f(2)[0][2], A.f(2))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.reduce(lambda a, b: a + b, [1, 2, 3], 10))
for bad in [lambda: functools.reduce(lambda a, b: a, []), lambda: functools.reduce(lambda a, b: a, 1)]:
    try:
        bad()
    except TypeError as e:
        print(e)

def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper

@deco
def documented(x):
    "Doc."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3))

@functools.lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2))
print(sq.cache_info(), sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__)
sq.cache_clear()
print(sq.cache_info())

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@functools.cache
def ident(x):
    return x
print(ident(1), ident(1), ident.cache_info())

@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)

@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(2) >= V(2), V(3) > V(2), V(1) > V(2))
try:
    functools.total_ordering(type('N', (), {}))
except ValueError as e:
    print(e)

K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(2) == K(2))

class C:
    calls = 0
    @functools.cached_property
    def value(self):
        C.calls += 1
        return 42
c = C()
print(c.value, c.value, C.calls, 'value' in c.__dict__)

@functools.singledispatch
def kind(x):
    return 'object'
@kind.register
def _(x: int):
    return 'int'
@kind.register(list)
def _(x):
    return 'list'
@kind.register
def _(x: str | bytes):
    return 'text'
print(kind(1), kind(True), kind([1]), kind('s'), kind(b'b'), kind(1.5))
print(kind.dispatch(bool) is kind.registry[int])

class Cell:
    @functools.singledispatchmethod
    def put(self, x):
        return 'other'
    @put.register
    def _(self, x: int):
        return 'int'
print(Cell().put(1), Cell().put('a'))

class Switch:
    def set(self, state, note=''):
        return (state, note)
    on = functools.partialmethod(set, True)
    off = functools.partialmethod(set, False, note='x')
print(Switch().on(), Switch().off())
