# Generic functions: type parameters, closures over them, defaults, decorators, qualnames.
def first[T](xs: list[T]) -> T:
    return xs[0]

print(first([3, 4]), first.__type_params__, first.__qualname__, first.__name__)
T, = first.__type_params__
print(type(T).__name__, T.__name__, repr(T), T.__module__, T.__bound__, T.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__, T.has_default(), T.__default__)


def with_defaults[T, U](a: T, b: U = 2, *, c: int = 3) -> tuple[T, U]:
    return (a, b, c)

print(with_defaults(1), with_defaults(1, 5, c=9), with_defaults.__defaults__, with_defaults.__kwdefaults__)
print([p.__name__ for p in with_defaults.__type_params__])


def only_kwdefaults[T](*, k: T = "kw"):
    return k

print(only_kwdefaults(), only_kwdefaults(k=1), only_kwdefaults.__kwdefaults__)


def returns_param[T]():
    return T

print(returns_param() is returns_param.__type_params__[0])


def deco(f):
    print("decorating", f.__name__, f.__type_params__)
    return f

@deco
def decorated[A, *Shape, **P](x):
    return x

print(decorated(7), [type(p).__name__ for p in decorated.__type_params__])


def outer():
    def inner[T](x: T) -> T:
        return x
    return inner

inner = outer()
print(inner(5), inner.__qualname__, inner.__type_params__)


class Holder:
    def method[T](self, x: T) -> T:
        return x

    @staticmethod
    def smethod[T](x):
        return (x, T)

print(Holder().method(3), Holder.method.__qualname__, Holder.method.__type_params__)
print(Holder.smethod(1)[0], Holder.smethod(1)[1].__name__)


async def agen[T](x: T):
    return x

print(agen.__type_params__, agen.__qualname__)
c = agen(1)
try:
    c.send(None)
except StopIteration as e:
    print("async result", e.value)


def gen[T](n):
    yield from range(n)

print(list(gen(3)), gen.__type_params__)

# Each call of the enclosing function makes new type parameters.
def make():
    def f[T](): pass
    return f.__type_params__[0]

print(make() is make(), make() == make())
