# list[int] and friends: types.GenericAlias from __class_getitem__.
a = list[int]
print(a, type(a), type(a).__name__, a.__origin__, a.__args__, a.__parameters__, a([1, 2]), a(), a.__name__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], set[bytes], frozenset[str], type[int], list[None], list["x"], list[list])
print(a == list[int], a != list[str], a == list, hash(a) == hash(list[int]), dict[str, int].__args__, a.__mro_entries__(()), a.append)
for f in (lambda: isinstance([], a), lambda: issubclass(list, a), lambda: int[str], lambda: list.__class_getitem__()):
    try:
        print(f())
    except TypeError as e:
        print(e)
