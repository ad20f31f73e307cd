s = {1, 2, 3}
s.add(4)
s.add(1)
s.discard(99)
s.remove(2)
print(s, len(s), 3 in s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b), a.union())
print({1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
c = a.copy()
c |= {10}
c &= {1, 10, 3}
c -= {3}
c ^= {20}
print(c, a)
c.update([30], (40,))
c.intersection_update({1, 30, 40, 20})
c.difference_update({40})
c.symmetric_difference_update({1, 50})
print(sorted(c))
print(sorted({5, 3, 1}), c.pop() in {20, 30, 50}, set() == frozenset(), {1} == {1.0})
try:
    set().remove(1)
except KeyError as e:
    print("KeyError", e)
c.clear()
print(c)
