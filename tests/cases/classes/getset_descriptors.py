# Built-in attributes are getset/member descriptors in the type dicts.
def f(): pass
class C: pass
d = int.__dict__["real"]
print(type(d).__name__, repr(d), d.__name__, d.__qualname__, d.__objclass__)
print(d.__doc__ is not None, d.__get__(5), d.__get__(None, int) is d)
print(repr(type.__dict__["__name__"]), type.__dict__["__name__"].__get__(C))
print(repr(C.__dict__["__dict__"]), repr(C.__dict__["__weakref__"]))
print(type(C.__dict__["__dict__"]).__name__, C.__dict__["__doc__"], C().__weakref__)
print(type(vars(type(f))["__code__"]).__name__, type(vars(type(f))["__globals__"]).__name__)
print(type(object.__dict__["__class__"]).__name__, object.__dict__["__class__"].__get__(3))
print(sorted(vars(type(int.real))))
print(float.real.__get__(2.5), float.imag.__get__(2.5), complex.imag.__get__(3j))
print(type(complex.__dict__["real"]).__name__, type(range.__dict__["start"]).__name__)
tests = [
    lambda: setattr(1, "real", 2),
    lambda: delattr(1, "real"),
    lambda: setattr(f, "__globals__", 1),
    lambda: int.real.__get__("s"),
    lambda: int.real.__set__(1, 2),
    lambda: int.real.__delete__(1),
    lambda: int.real.__get__(None, None),
    lambda: int.real.__get__(),
    lambda: int.real.__set__(1),
    lambda: C.__dict__["__dict__"].__set__(C(), 1),
    lambda: setattr(C(), "__dict__", 1),
    lambda: delattr(C, "__dict__"),
    lambda: setattr(C, "__qualname__", 1),
    lambda: delattr(C, "__doc__"),
    lambda: delattr(C, "__module__"),
    lambda: setattr(object(), "__class__", int),
    lambda: delattr(C(), "__class__"),
    lambda: setattr(C(), "__class__", 1),
    lambda: setattr(C(), "__class__", int),
    lambda: type.__dict__["__mro__"].__get__(1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
