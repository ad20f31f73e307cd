# weakref.ref: liveness, callbacks, sharing, hash/eq, repr, errors (frees are deterministic).
import weakref, sys

def mask(text, *objs):
    for o in objs:
        text = text.replace(hex(id(o)), '0xADDR')
    return text

class C:
    pass

c = C()
r = weakref.ref(c)
print(r() is c, type(r), weakref.ref is weakref.ReferenceType, weakref.ref.__name__, weakref.ref.__module__)
print(mask(repr(r), r, c))
def f(): pass
rf = weakref.ref(f)
print(mask(repr(rf), rf, f))
del c
print(r(), mask(repr(r), r))

# Callbacks run when the referent dies, with the reference as argument; __callback__ is cleared.
class Named:
    def __init__(self, name): self.name = name
    def __call__(self, ref): print("callback", self.name, ref() is None)
    def __repr__(self): return f"<cb {self.name}>"
c = C()
r1 = weakref.ref(c, Named("one"))
r2 = weakref.ref(c, Named("two"))
print(r1.__callback__, r2.__callback__, r1 is r2, r1 == r2)
del c
print("after del", r1.__callback__)

# A reference that dies first never calls back.
c = C()
r3 = weakref.ref(c, Named("never"))
del r3
del c
print("no callback")

# Plain references are shared; references with callbacks are not.
c = C()
a, b = weakref.ref(c), weakref.ref(c)
x = weakref.ref(c, lambda r: None)
print(a is b, a is x, a == x, hash(a) == hash(c), weakref.getweakrefcount(c), weakref.getweakrefs(c) == [a, x])
print(c.__weakref__ is a)
del a, b, x
print(weakref.getweakrefcount(c), weakref.getweakrefs(c), c.__weakref__)

# Hash is kept once computed; a dead reference without one cannot be hashed.
d = C(); rd = weakref.ref(d); h = hash(rd); del d
print(hash(rd) == h)
d = C(); rd2 = weakref.ref(d); del d
try:
    hash(rd2)
except TypeError as e:
    print(e)
print(rd2 == rd2, rd2 != weakref.ref(C), rd == rd2)

# Equality of live references compares the referents.
class Eq:
    def __eq__(self, other): return True
    __hash__ = object.__hash__
e1, e2 = Eq(), Eq()
print(weakref.ref(e1) == weakref.ref(e2))
try:
    weakref.ref(e1) < weakref.ref(e2)
except TypeError as e:
    print(e)

# What can be weakly referenced.
class L(list): pass
class I(int): pass
class S: __slots__ = ('a',)
class SW: __slots__ = ('a', '__weakref__')
class E(Exception): pass
for o in [1, 'a', (1,), [1], {}, None, 1.5, b'x', True, 1j, object(), ValueError(), len, set(), frozenset(), C, sys, f.__code__, (i for i in ()), L(), I(), S(), SW(), E()]:
    try:
        weakref.ref(o)
        print(type(o).__name__, 'ok')
    except TypeError as e:
        print(e)

# Argument errors.
for args in [(), (C(), None, 1)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print(e)
try:
    weakref.ref(C(), callback=None)
except TypeError as e:
    print(e)

# Dying inside a function, in a loop and in a container.
def scope():
    k = C()
    w = weakref.ref(k, lambda w: print("dead in scope"))
    print("before return", w() is k)
    return w
kept = scope()
print("returned", kept())
refs = []
for i in range(3):
    obj = C()
    refs.append(weakref.ref(obj))
print([r() is None for r in refs])
holder = [C()]
w = weakref.ref(holder[0], lambda w: print("list item freed"))
holder.clear()
print("cleared")
box = {'k': C()}
w = weakref.ref(box['k'], lambda w: print("dict value freed"))
del box['k']
print("deleted")

# A subclass of ref with extra state.
class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag
    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)
t_obj = C()
t = Tagged(t_obj, None, tag="hello")
print(t() is t_obj, t.tag, isinstance(t, weakref.ref), weakref.getweakrefcount(t_obj))
