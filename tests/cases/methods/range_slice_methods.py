# range and slice: methods, comparisons, hashing, big values.
r = range(2, 20, 3)
print(r.count(5), r.count(6), r.count(5.0), r.index(11), r.index(11.0), r.__len__(), r.__contains__(8), r.__contains__(8.0), r.__contains__("x"), 14 in r, 14.5 in r)
print(r.__getitem__(-1), r[1:4], r[::-1], r[::2].__repr__(), list(r.__reversed__()), list(reversed(range(0))), list(range(5, 0, -2).__reversed__()), r.__bool__(), range(0).__bool__())
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2) == range(1, 5, 10), range(3) == [0, 1, 2], range(3).__eq__(range(3)), range(3).__ne__(range(4)), range(3).__lt__(range(4)))
print(hash(range(0)) == hash(range(7, 1)), hash(range(1, 2)) == hash(range(1, 3, 5)), hash(range(3)) == hash(range(0, 3)), range(3).__reduce__(), r.start, r.stop, r.step)
big = range(10 ** 20, 10 ** 20 + 10, 3)
print(big[1], big.index(10 ** 20 + 6), (10 ** 20 + 9) in big, big[-1], big[::-1], list(big.__reversed__()), range(-(10 ** 20), 0, 10 ** 19).__len__())
for f in (lambda: r.index(3), lambda: r.index("x"), lambda: r[10], lambda: r["x"], lambda: range(10 ** 20).__len__(), lambda: len(range(10 ** 20)), lambda: r.index(1, 2), lambda: r.count()):
    try:
        print(f())
    except (ValueError, IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s.indices(5), s.indices(100), slice(None).indices(3), slice(-3, None).indices(5), slice(None, None, -1).indices(4), slice(10 ** 20).indices(5), slice(-10 ** 20, None, 10 ** 20).indices(5))
print(s == slice(1, 10, 2), s != slice(1, 10), s < slice(1, 11), slice(1, 2) >= slice(1, 2), s.__eq__((1, 10, 2)), hash(s) == hash(slice(1, 10, 2)), hash(slice(1, 2)) == hash((1, 2, None)))
print(s.__reduce__(), repr(slice(None)), s.start, s.stop, s.step, {slice(1, 2): "a"}[slice(1, 2)])
for f in (lambda: s.indices(-1), lambda: s.indices("a"), lambda: slice(None, None, 0).indices(3), lambda: hash(slice([], 1))):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
