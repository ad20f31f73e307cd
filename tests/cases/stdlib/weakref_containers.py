import weakref
class C:
    def __init__(self, n=0): self.n = n
    def m(self): return self.n
    def __repr__(self): return f"C({self.n})"
a, b, c = C(1), C(2), C(3)
s = weakref.WeakSet([a, b])
print(len(s), a in s, c in s, 1 in s)
del b
print(len(s), sorted(x.n for x in s))
d = weakref.WeakValueDictionary()
d['a'] = a; d['c'] = c; d['t'] = C(9)
print(sorted(d.keys()), len(d), 'a' in d, 't' in d, d.get('t', 'gone'))
del c
print(sorted(d.keys()))
k = weakref.WeakKeyDictionary()
x, y = C(5), C(6)
k[x] = 'x'; k[y] = 'y'
print(len(k), k[x], x in k)
del y
print(len(k), list(k.values()))
wm = weakref.WeakMethod(a.m)
print(wm()(), wm() == a.m)
del a
print(wm(), len(d), d.get('a'))
o = C(7)
f = weakref.finalize(o, print, "finalized", 7)
print(f.alive, f.peek()[1:] )
del o
print(f.alive)
o2 = C(8)
f2 = weakref.finalize(o2, print, "never")
print(f2.detach()[0], f2.alive, f2.detach())
o3 = C(10)
f3 = weakref.finalize(o3, print, "at exit")
p = weakref.proxy(x)
print(p.n, p.m(), type(p).__name__)
p.n = 50
print(x.n)
lst = [C(1)]
q = weakref.proxy(x)
def cb(r): print("callback", r is rr)
z = C(4)
rr = weakref.ref(z, cb)
print(weakref.getweakrefcount(z))
z = None
print("end")
# WeakValueDictionary as a cache.
cache = weakref.WeakValueDictionary()
def get(n):
    obj = cache.get(n)
    if obj is None:
        obj = C(n)
        cache[n] = obj
        print("made", n)
    return obj
keep = get(1); get(1); get(2); get(2)
print(sorted(cache.keys()), 1 in cache, 2 in cache)
print(cache.pop(1) is keep, len(cache), cache.setdefault(5, keep) is keep, list(cache.items()))
print(type(cache.copy()).__name__, len(weakref.WeakValueDictionary({'a': keep}, b=keep)))
try:
    cache[99]
except KeyError as e:
    print("KeyError", e)
# WeakKeyDictionary details.
wk = weakref.WeakKeyDictionary()
k1, k2 = C(1), C(2)
wk[k1] = 1; wk[k2] = 2
print(sorted(wk.values()), wk.get(k1), wk.get(C(3), 'no'), wk.pop(k2), len(wk), wk.setdefault(k2, 7), len(wk))
try:
    wk[C(4)]
except KeyError:
    print("KeyError")
print(1 in wk, list(wk.keys()) == [k1, k2])
# WeakSet operations.
a1, a2, a3 = C(1), C(2), C(3)
s1 = weakref.WeakSet([a1, a2]); s2 = weakref.WeakSet([a2, a3])
print(sorted(x.n for x in s1 | s2), sorted(x.n for x in s1 & s2), sorted(x.n for x in s1 - s2), sorted(x.n for x in s1 ^ s2))
print(s1 == weakref.WeakSet([a2, a1]), s1 <= s1 | s2, s1.isdisjoint(s2))
s1.discard(a1); s1.remove(a2); print(len(s1))
try:
    s1.remove(a3)
except KeyError:
    print("KeyError")
try:
    s1.pop()
except KeyError as e:
    print(e)
# Proxies.
pl = C(11)
px = weakref.proxy(pl)
print(px.n, px.m(), str(px), px == pl, bool(px))
try:
    hash(px)
except TypeError as e:
    print(e)
cp = weakref.proxy(lambda v: v * 2)
print(type(cp).__name__)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return self.v + o
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
nm = Num(4)
pn = weakref.proxy(nm)
print(pn + 1, len(pn), pn[2], weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
del nm
try:
    pn.v
except ReferenceError as e:
    print(repr(e))
try:
    weakref.proxy(1)
except TypeError as e:
    print(e)
