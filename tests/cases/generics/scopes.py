# Generic classes with keywords, super(), __class__, nested generics and name mangling.
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
    def hello(self): return "base"
class Kid[T](Base, flag=1):
    def hello(self):
        return "kid+" + super().hello()
print(Kid().hello(), Kid.__mro__)
class Outer:
    X = 1
    class In[T]:
        def m[U](self, u: U) -> tuple:
            return (T, U, u)
    def f[T](self): return __class__
print(Outer.In().m(3), Outer.In.m.__qualname__, Outer.f.__qualname__, Outer().f())
class Mangle:
    def m[__T](self): return __T
print(Mangle().m(), Mangle.m.__type_params__)
def f[T]():
    class C[U]:
        def g(self): return (T, U)
    return C
print(f()().g())
class G[T](Kid[T] if False else Base, x=2): pass
try:
    class Q[T](Base, **{"a": 1}): pass
except Exception as e: print(type(e).__name__, e)
print(Q.__type_params__, Q.__orig_bases__)
def gen[T](): return (lambda: T)()
print(gen())
class Ann[T]:
    x: T
    def m(self, a: T) -> T: pass
print(Ann.__type_params__)
