def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__)
class Box[T]:
    def __init__(self, v: T):
        self.v = v
print(Box(1).v, Box.__type_params__, Box.__type_params__[0].__name__)
type Pair[K] = tuple[K, K]
print(Pair, Pair.__value__, Pair.__type_params__, type(Pair).__name__)
type Alias = int | str
print(Alias.__value__)
