# Dict views: set operations with any iterable, comparisons, membership, reversal.
d = {1: "a", 2: "b", 3: "c"}
k, v, i = d.keys(), d.values(), d.items()
print(k & {2, 3, 4}, k | [4], k - (1,), k ^ {3, 5}, [1, 9] & k, (2, 7) | k, {1, 2} - k, range(5) ^ k)
print(i & {(1, "a"), (2, "x")}, i - {(1, "a")}, i | [(9, "z")], type(k & k).__name__)
print(k == {1, 2, 3}, k != {1}, k < {1, 2, 3, 4}, k <= k, k > {1}, k >= frozenset({1, 2, 3}), i == {(1, "a"), (2, "b"), (3, "c")})
print(k == [1, 2, 3], v == v, d.values() == d.values(), k.isdisjoint([4, 5]), k.isdisjoint({3}), i.isdisjoint([(1, "b")]))
print(2 in k, "b" in v, (2, "b") in i, (2, "x") in i, [2] in i, 5 in v, len(k), len(i), len(v))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(k.__reversed__()), list(i.__iter__()))
for f in (lambda: k & 5, lambda: v | {1}, lambda: k - None, lambda: ([], 1) in i, lambda: [] in k):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
it = iter(k)
next(it)
d[4] = "d"
try:
    next(it)
except RuntimeError as e:
    print(e)
print(repr(k), repr(v), repr(i), k.__len__(), k.__contains__(4), i.__contains__((4, "d")))
m = d.keys().mapping
print(m, repr(m), type(m).__name__, m[1], len(m), list(m), 3 in m, m.get(9, "-"), m.keys(), m.copy() == d, m == d, d.items().mapping["a" if False else 2])
try:
    m[5] = 1
except TypeError as e:
    print(e)
