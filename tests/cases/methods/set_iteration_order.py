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
