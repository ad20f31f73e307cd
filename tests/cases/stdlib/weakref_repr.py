import weakref, sys
def mask(r, *objs):
    t = repr(r)
    for o in objs: t = t.replace(hex(id(o)), '0xADDR')
    return t
class C: pass
class Named:
    __name__ = "classattr"
class Inst: pass
i = Inst(); i.__name__ = "instance-only"
class NotStr:
    __name__ = 5
class Outer:
    class Inner: pass
objs = [C, C(), Named(), i, NotStr(), len, sys, print, Outer.Inner, Outer.Inner(), (lambda: 0), {1}]
for o in objs:
    r = weakref.ref(o)
    print(mask(r, r, o))
