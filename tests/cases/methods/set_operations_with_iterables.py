s = {1, 2, 3}
print(s.union(range(5, 7), [9]), s.intersection("123"), s.intersection([2, 3, 99]), s.difference([1], (2,)))
try:
    s | [4]
except TypeError as e:
    print(e)
print(s.issubset([1, 2, 3, 4]), s.issuperset(range(2)), s == {3, 2, 1}, s == [1, 2, 3])
fs = frozenset(s)
print(s == fs, fs.union({7}) - s, sorted(s ^ {3, 4}))
