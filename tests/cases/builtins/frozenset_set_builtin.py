print(set(), set([3, 1, 2]), set("aab") == {"a", "b"}, frozenset([1, 2]) == {1, 2}, set(range(3)))
fs = frozenset([1, 2])
print(hash(fs) == hash(frozenset([2, 1])), {fs: "key"}[frozenset({1, 2})], type(fs | {3}).__name__, type({3} | fs).__name__)
try:
    fs.add(3)
except AttributeError as e:
    print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
print(frozenset() is frozenset(), len(frozenset("abcabc")), sorted(frozenset("cab")))
