try:
    sorted([3, 1], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(e)
print(sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")], key=lambda t: t[0]))
print(sorted("Mississippi"), sorted(set("Mississippi")))
