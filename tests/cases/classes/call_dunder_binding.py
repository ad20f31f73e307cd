# __call__ found on the type binds as attribute access would: staticmethod, classmethod, a class
# or another non-descriptor callable stored as __call__, and a metaclass __call__.
import functools

class Static:
    __call__ = staticmethod(lambda x: x * 2)

class Klass:
    @classmethod
    def __call__(cls, x):
        return (cls.__name__, x)

class Partial:
    __call__ = functools.partial(lambda *a: a, "p")

class AsType:
    __call__ = tuple

r = Partial()(6)
print(Static()(4), Klass()(5), r[0], type(r[1]).__name__, r[2:], AsType()("ab"))

class DictMeta(type):
    __call__ = dict

class D(metaclass=DictMeta):
    pass

print(D(a=1), D([("b", 2)]))

class StaticMeta(type):
    __call__ = staticmethod(lambda *a, **k: ("static", a, k))

class E(metaclass=StaticMeta):
    pass

print(E(1, x=2))

class Plain:
    def __call__(self, *a):
        return ("plain", a)

print(Plain()(1, 2))
try:
    Static()()
except TypeError as e:
    print(e)
