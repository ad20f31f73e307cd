import weakref
class C: pass
keep = []
def scope():
    a = C(); b = C()
    keep.append(weakref.ref(a, lambda r: print("a freed")))
    keep.append(weakref.ref(b, lambda r: print("b freed")))
scope()
def scope2():
    k = C()
    w = weakref.ref(k, lambda w: print("dead in scope"))
scope2()
print("end")
