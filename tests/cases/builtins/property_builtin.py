class C:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    def delx(self):
        del self._x
    x = property(getx, setx, delx, "The x property.")
    ro = property(lambda self: "read-only")
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.x.fget is C.getx, C.x.fset is C.setx, C.ro.fset)
del c.x
print(hasattr(c, "_x"))
try:
    c.ro = 1
except AttributeError as e:
    print(e)
p = property()
try:
    p.__get__(c)
except AttributeError as e:
    print(e)
print(type(C.x).__name__, isinstance(C.__dict__["x"], property))
class D:
    @property
    def val(self):
        "val doc"
        return 1
    val2 = val.setter(lambda self, v: None)
print(D.val.__doc__, D.val2.fset is not None, D.val.fset)
