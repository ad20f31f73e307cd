r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(11))
print(range(5) == range(0, 5), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), list(range(-3)))
print(range(10)[::2], list(range(10, 0, -4)), range(1, 10).start, range(1, 10).stop, range(1, 10).step)
print(range(2 ** 100)[-1], len(range(0, 2 ** 70, 2 ** 60)), reversed(range(3)).__class__.__name__)
for bad in (lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(3).index(7), lambda: range()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3, 1)), bool(range(0)), list(range(3, -3, -2)))
