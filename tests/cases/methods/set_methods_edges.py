# set and frozenset methods: algebra with several iterables, mutators, errors, special methods.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
print(s.union([3, 4], (5,), range(6, 8)), s.intersection([2, 3, 9], {3}), s.difference([1], {2}), s.symmetric_difference([3, 4]))
print(s.union(), s.intersection(), s.issubset(range(5)), s.issuperset([1, 1]), s.isdisjoint("ab"), s.issubset([1]), s.isdisjoint([3]))
t = set(s)
t.update([4], {5}); t.intersection_update(range(2, 9), [2, 3, 4, 5, 100]); t.difference_update([5], (4,)); t.symmetric_difference_update([3, 10])
print(t, t.add(11), t, t.discard(99), t.remove(2), t, t.pop(), t, t.clear(), t)
attempt(lambda: set().pop())
attempt(lambda: s.remove(99))
attempt(lambda: s.add([]))
attempt(lambda: s.discard({}))
attempt(lambda: s.union(1))
attempt(lambda: s.issubset(1))
attempt(lambda: s.symmetric_difference([1], [2]))
attempt(lambda: s.__or__([1]))
attempt(lambda: s - [1])
attempt(lambda: set.add(frozenset(), 1))
attempt(lambda: frozenset().add(1))
attempt(lambda: set([1], [2]))
attempt(lambda: set(a=1))
attempt(lambda: hash(set()))
print({frozenset([1])} == {frozenset([1])}, frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])}, s.__contains__(2))
u = {frozenset([1, 2])}
u.remove({1, 2}); print(u, s.__ior__({9}) is s, s.__iand__({1, 9}) is s, s.__isub__({1}) is s, s.__ixor__({4}) is s, sorted(s), s.__ior__([1]))
f = frozenset([3, 1, 2])
print(f | {4}, {4} | f, f & {1}, f - {1}, f ^ {1, 5}, f.copy() is f, frozenset(f) == f, f.union([0]), type(f.union()).__name__)
print(f.__hash__() == hash(frozenset([2, 3, 1])), hash(frozenset()), hash(frozenset([1, 2])), hash(frozenset(range(10))))
print(f <= {1, 2, 3}, f < {1, 2, 3}, f.__eq__({1, 2, 3}), f.__lt__([1]), s.__le__(f), {1}.__ne__({1}), f.__reduce__())
print(sorted(f), sorted({(1, 2), (0, 5)}), {1, 2}.__len__(), set().__repr__(), frozenset().__repr__(), frozenset([1]).__repr__())
class S(set):
    pass
x = S([1, 2])
print(x, type(x | {3}).__name__, type(x.copy()).__name__, x == {1, 2}, x.union([5]), S.__init__(x, [7]) or x)
