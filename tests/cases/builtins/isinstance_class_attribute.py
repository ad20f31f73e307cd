import weakref
class C: pass
class D(C): pass
c = C(); p = weakref.proxy(c)
print(isinstance(p, C), isinstance(p, D), isinstance(p, weakref.ProxyType), p.__class__)
class Fake:
    @property
    def __class__(self): return D
print(isinstance(Fake(), C), isinstance(Fake(), Fake), isinstance(Fake(), int))
class Broken:
    @property
    def __class__(self): raise AttributeError("no")
print(isinstance(Broken(), C))
class NotAType:
    __class__ = 5
print(isinstance(NotAType(), C))
