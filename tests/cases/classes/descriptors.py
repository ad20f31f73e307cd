class Data:
    def __get__(self, obj, t=None):
        return "data-get"
    def __set__(self, obj, v):
        print("data-set", v)
class NonData:
    def __get__(self, obj, t=None):
        return "nondata-get"
class C:
    d = Data()
    n = NonData()
c = C()
c.__dict__["d"] = "inst-d"
c.__dict__["n"] = "inst-n"
print(c.d, c.n)
c.d = 5
print(C.d, C.n)
class Typed:
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, obj, t=None):
        if obj is None:
            return "class access"
        return getattr(obj, self.attr)
    def __set__(self, obj, v):
        if not isinstance(v, int):
            raise TypeError(f"{self.attr[1:]} must be int")
        setattr(obj, self.attr, v)
class P:
    x = Typed()
p = P()
p.x = 3
print(p.x, P.x)
try:
    p.x = "s"
except TypeError as e:
    print(e)
