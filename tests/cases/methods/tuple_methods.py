t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), t[1:4], t[::-1], len(t), t + (4,), t * 2, 2 in t)
print((1,) < (1, 0), (2,) > (1, 5), (1, 2) == (1, 2), () == (), hash((1, 2)) == hash((1, 2)))
a, b = (1, 2)
print(a, b, (1, 2)[0], type(()).__name__, (1, [2]))
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
