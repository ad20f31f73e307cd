# `type` statements: TypeAliasType with a lazily evaluated value.
type Alias = int | str
print(Alias, type(Alias).__name__, Alias.__name__, Alias.__module__, Alias.__value__)
print(Alias.__type_params__, Alias.__parameters__)

type Pair[K] = tuple[K, K]
print(Pair, Pair.__value__, Pair.__type_params__, Pair.__parameters__)
print(Pair[int], Pair[int].__origin__ is Pair, Pair[int].__args__)

type Later = Undefined
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
Undefined = float
print(Later.__value__)

count = 0
def counted():
    global count
    count += 1
    return count

type Once = counted()
print(Once.__value__, Once.__value__, count)
print(Once.evaluate_value(1), count)
try:
    Once.evaluate_value(3)
except NotImplementedError:
    print("NotImplementedError")
print(Once.evaluate_value.__name__, Once.evaluate_value.__qualname__)

type Recursive = list[Recursive]
print(Recursive.__value__)

def local():
    x = bytes
    type L[T = x] = dict[T, x]
    return L

L = local()
print(L.__value__, L.__type_params__[0].__default__, L.__name__, L.__value__.__args__)

print(Alias | None, int | Alias)
try:
    Alias[int]
except TypeError as e:
    print("TypeError:", e)

from _typing import TypeAliasType, TypeVar
X = TypeVar("X")
A = TypeAliasType("A", list[X], type_params=(X,))
print(A, A.__value__, A.__type_params__, A[int], A.__module__)
for args, kwargs in [((), {}), (("A",), {}), ((1, 2), {}), (("A", 1), {"type_params": 1}), (("A", 1, 2), {}), (("A", 1), {"bad": 1})]:
    try:
        TypeAliasType(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
