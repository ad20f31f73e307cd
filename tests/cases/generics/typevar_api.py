# The types of _typing constructed directly.
from _typing import TypeVar, ParamSpec, TypeVarTuple, NoDefault, Generic

T = TypeVar("T")
B = TypeVar("B", bound=int)
C = TypeVar("C", int, str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
Inf = TypeVar("Inf", infer_variance=True)
D = TypeVar("D", default=int)
N = TypeVar("N", bound=None, default=None)
for v in (T, B, C, Co, Contra, Inf, D, N):
    print(repr(v), v.__name__, v.__module__, v.__bound__, v.__constraints__, v.__default__, v.has_default(),
          v.__covariant__, v.__contravariant__, v.__infer_variance__)
print(B.evaluate_bound, B.evaluate_bound(1), B.evaluate_bound(4), T.evaluate_bound, C.evaluate_constraints)
print(D.evaluate_default, T.evaluate_default)

P = ParamSpec("P")
P2 = ParamSpec("P2", bound=int, contravariant=True, default=[int])
Ts = TypeVarTuple("Ts")
Ts2 = TypeVarTuple("Ts2", default=int)
print(repr(P), repr(P2), P2.__bound__, P2.__default__, repr(Ts), Ts.__default__, Ts.has_default(), Ts2.__default__)
print(repr(NoDefault), type(NoDefault).__name__, T.__default__ is NoDefault)
print(type(T), type(P), type(Ts), TypeVar.__module__, TypeVar.__name__)

print(T | int, int | T, T | None, (T | int).__args__, P | int, B | C)
print(T == T, T == TypeVar("T"), hash(T) == hash(T))

def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: TypeVar("X", int))
check(lambda: TypeVar("X", int, str, bound=int))
check(lambda: TypeVar("X", covariant=True, contravariant=True))
check(lambda: TypeVar("X", covariant=True, infer_variance=True))
check(lambda: TypeVar(1))
check(lambda: TypeVar())
check(lambda: TypeVar("X", bound=(int, str)))
check(lambda: TypeVar("X", bogus=1))
check(lambda: ParamSpec("P", int))
check(lambda: TypeVarTuple("Ts", bound=int))

class Manual(Generic[T, B]):
    pass

print(Manual.__parameters__, Manual[int, bool], Manual.__orig_bases__, Manual.__mro__)
check(lambda: Generic[int])
check(lambda: Generic[T, T])
check(lambda: Generic[()])

def plain():
    class Bad(Generic):
        pass
check(plain)

def unlisted():
    class Bad(Generic[T], Manual[B, Co]):
        pass
check(unlisted)

def twice():
    class Bad(Generic[T], Generic[B]):
        pass
check(twice)

class Mixed(Manual[int, B]):
    pass

print(Mixed.__parameters__, Mixed[bool])
