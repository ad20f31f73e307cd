print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a"])))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(len, ["a", "bb"], )), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(map(lambda a, b: (a, b), [1, 2, 3], "xy")))
try:
    list(map(lambda a, b: a, [1, 2, 3], "xy", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(str.isdigit, "a1b2")
print(type(f).__name__, "".join(f))
