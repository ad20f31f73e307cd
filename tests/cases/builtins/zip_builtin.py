print(list(zip([1, 2], "ab")), list(zip()), list(zip([1, 2, 3], "ab")), list(zip("a")), list(zip(*[(1, 2), (3, 4)])))
print(list(zip([1, 2], "ab", strict=True)), dict(zip("xy", range(2))))
for args in (([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", [0])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1], [2])
print(type(z).__name__, next(z), next(z, "done"))
try:
    zip(1)
except TypeError as e:
    print(e)
