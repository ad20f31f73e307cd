class D:
    def __get__(self, obj, t):
        return "get"
    def __delete__(self, obj):
        print("delete called")
class C:
    a = D()
c = C()
del c.a
print(c.a)
try:
    c.a = 1
except AttributeError as e:
    print("AttributeError", e)
class OnlySet:
    def __set__(self, obj, v):
        obj.__dict__["stored"] = v
class E:
    a = OnlySet()
e = E()
e.a = 10
print(e.stored, type(e.a).__name__)
