print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([1.5, 2]))
print(sum([True, True]), sum([2 ** 64, 2 ** 64]), sum((x for x in [1, 2]), start=5), sum([1j, 2]))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
