a, *b, c = range(6)
print(a, b, c)
*a, b = "xyz"
print(a, b)
a, *b = [1]
print(a, b)
(a, b), *c = (1, 2), 3, 4
print(a, b, c)
print([*range(3), *"ab", 9], (*[1, 2],), {*(1, 2), 3} == {1, 2, 3}, {**{"a": 1}, "b": 2})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
first, *_, last = range(100)
print(first, last)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
