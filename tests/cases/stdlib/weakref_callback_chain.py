import weakref
class C: pass
class CB:
    def __call__(self, r):
        try:
            {}["k"]
        except KeyError:
            raise ValueError("inner")
    def __repr__(self): return "<CB>"
c = C(); r = weakref.ref(c, CB()); del c
print("after")
