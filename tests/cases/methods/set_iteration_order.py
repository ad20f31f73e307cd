# Sets of ints iterate and print in CPython's hash-table order.
print({3, 1, 2}, {8, 0}, {20, 30, 50}, {10, 2, 18}, {-1, -2, 5}, set(range(10, 0, -1)), {100, 200, 300, 7})
c = set()
for i in (5, 13, 21, 29, 37, 45):
    c.add(i)
print(list({33, 1, 17}), [x for x in {64, 32, 16, 8}], sorted({9, 8}), c, set(c), c | {53})
s = set()
for i in (40, 8, 24, 16, 0, 32):
    s.add(i)
print(s, {1, 2} | {9, 17}, {1, 2, 3, 4, 5, 6} - {2}, {2 ** 40, 3, 2 ** 62}, {True, 2, 0}, {(1, 2), (3, 4)} == {(3, 4), (1, 2)})
t = {7, 15, 23}
print(t.pop(), t.pop(), t, frozenset([9, 1, 5]), frozenset(range(20, 0, -3)))
# A set keeps its order when copied; elements added later take the free slots.
u = {4, 12, 20}
v = u.copy()
v.add(28)
print(u, v, u | {28}, v - {4}, v & {12, 28, 99}, v ^ {20, 36})
# Deleted slots stay as dummies and are reused; pop scans from where it last stopped.
w = {1, 9}
w.remove(1)
w.add(17)
x = set(range(4))
print(w, x.pop(), x.pop(), x, x.add(0) or x, x.pop(), x)
y = set(range(12))
for i in range(0, 12, 2):
    y.discard(i)
y.update([16, 32, 48])
print(y, y.copy(), set(y), frozenset(y) == y, y - {3}, y & {1, 3, 16}, y ^ {1, 64}, {100, 5} | y)
z = {i * 8 for i in range(6)}
print(z, z.copy(), z | {1}, sorted(z))
print(hash(frozenset(y)) == hash(frozenset(set(y))), hash(frozenset({1, 2, 3})), hash(frozenset(range(10))))
