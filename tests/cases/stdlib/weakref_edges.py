import weakref, gc
class C:
    def m(self): return 1
def e(f):
    try: r = f(); print("ok", r)
    except Exception as ex: print(type(ex).__name__, ex)
c = C()
r = weakref.ref(c.m)
print(r())   # bound method dies at once
class S:
    __slots__ = ('a', '__weakref__')
s = S()
print(s.__weakref__)
w = weakref.ref(s)
print(s.__weakref__ is w)
del s
print(w())
def make():
    class Local: pass
    return Local
L = make()
wl = weakref.ref(L)
del L
print(wl() is None or "class kept alive (cycle)")
wv = weakref.WeakValueDictionary()
objs = [C() for _ in range(5)]
for i, o in enumerate(objs): wv[i] = o
for k in list(wv.keys()):
    pass
del objs[1]; del objs[2]
print(sorted(wv.keys()))
for k, v in wv.items():
    objs.clear()
print(sorted(wv.keys()))
print(weakref.ref(C).__callback__)
e(lambda: weakref.ref(C)(1))
e(lambda: weakref.getweakrefcount(1))
e(lambda: weakref.getweakrefs(1))
e(lambda: weakref.WeakMethod(len))
print(weakref.ref[int], weakref.WeakSet[int], weakref.WeakValueDictionary[int, str] if hasattr(weakref.WeakValueDictionary, '__class_getitem__') else None)
