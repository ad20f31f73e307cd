# Generic classes: __type_params__, Generic base, __parameters__, subscription, closures.
class Box[T]:
    def __init__(self, v: T):
        self.v = v

    def get(self) -> T:
        return self.v

    def param(self):
        return T

    class Inner:
        def where(self):
            return T

print(Box(1).get(), Box.__type_params__, Box.__parameters__, Box.__qualname__)
print(Box.__mro__)
print(Box.__orig_bases__, Box.__bases__)
print(Box.get.__qualname__, Box.Inner.__qualname__, Box.Inner.where.__qualname__)
print(Box(0).param() is Box.__type_params__[0], Box.Inner().where())
print("__classdictcell__" in Box.__dict__, "__type_params__" in Box.__dict__, ".type_params" in Box.__dict__)

alias = Box[int]
print(alias, alias.__origin__ is Box, alias.__args__, alias.__parameters__)
print(type(alias).__name__, alias == Box[int], alias != Box[str], hash(alias) == hash(Box[int]))
instance = alias(5)
print(instance.v, instance.__orig_class__)
print(Box[None], Box[...], Box[list[int]], Box[[int, str]], Box[Box[int]])
T = Box.__type_params__[0]
print(Box[T], Box[T].__parameters__, Box[list[T]].__parameters__)

class Pair[K, V](dict):
    pass

print(Pair.__mro__, Pair.__parameters__, Pair[str, int])
p = Pair(a=1)
print(p, type(p).__name__)

class WithKw[T](metaclass=type):
    pass

print(WithKw.__type_params__)

bases = (dict,)
class Starred[T](*bases):
    pass

print(Starred.__mro__)

class Sub(Box[int]):
    pass

print(Sub.__mro__, Sub.__orig_bases__, Sub.__parameters__, Sub(3).get())

class Sub2[U](Box[U]):
    pass

print(Sub2.__parameters__, Sub2.__orig_bases__)

class Defaults[A, B = int]:
    pass

print(Defaults[str], Defaults[str, bytes])

def errors(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

errors(lambda: Box[int, str])
errors(lambda: Box[()])
errors(lambda: Pair[int])
errors(lambda: Pair[int, int, int])
errors(lambda: Defaults[()])
errors(lambda: isinstance(1, Box[int]))
errors(lambda: Box[int].nothing)
errors(lambda: Box[int].__name__)

def redefine():
    class Bad[T](Box[T], Box[T].__orig_bases__[0]):
        pass
errors(redefine)

@lambda c: print("decorated", c.__name__, c.__type_params__) or c
class Decorated[*Ts, **P]:
    pass

# Class-level names are visible to lazily evaluated parts, type params are not class attributes.
class Scope:
    Alias = int
    def method[T: Alias](self): pass
    type Inner = Alias

print(Scope.method.__type_params__[0].__bound__, Scope.Inner.__value__, Scope.Inner.__name__)
Scope.Alias = str
type_param = Scope.method.__type_params__[0]
print(Scope.Inner.__value__)
