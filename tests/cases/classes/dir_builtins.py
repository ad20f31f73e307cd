# dir() of objects, classes and modules goes through __dir__ as in CPython.
import sys
class A:
    a = 1
    def m(self): pass
class B(A):
    b = 2
obj = B()
obj.c = 3
print(dir(obj) == sorted(set(dir(B)) | {"c"}), "a" in dir(B), "mro" in dir(B), "mro" in dir(type))
print([n for n in dir(object()) if n in ("__class__", "__doc__", "__dir__", "__sizeof__", "__getstate__", "__reduce_ex__", "__subclasshook__", "__init_subclass__")])
print([n for n in dir(1) if n in ("real", "imag", "numerator", "denominator", "__class__")])
print([n for n in dir(type) if n in ("__name__", "__bases__", "__mro__", "__qualname__", "__module__", "__doc__", "__dict__")])
def f(): pass
print([n for n in dir(f) if n in ("__code__", "__name__", "__globals__", "__dict__", "__defaults__")])
print(dir(sys) == sorted(sys.__dict__), "__dict__" in dir(sys))
class Custom:
    def __dir__(self):
        return ["z", "b", "a"]
print(dir(Custom()))
print(object().__dir__() is not None, sorted(A.__dir__(A)) == dir(A))
print(object.__subclasshook__(int), object().__getstate__(), type(object().__sizeof__()).__name__)
class S:
    __slots__ = ("p", "q")
s = S(); s.p = 1
print(s.__getstate__())
a = A(); a.v = 1
print(a.__getstate__(), a.__reduce_ex__(2)[1:], a.__reduce_ex__(1)[1:])
r = a.__reduce_ex__(2)
print(type(r[0](*r[1])).__name__)
