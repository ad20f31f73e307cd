print(len(""), len("abc"), len([1, 2]), len((1,)), len({}), len({1: 2}), len(set()), len(range(10)), len(b"ab"))
print(len(range(0, 100, 7)), len(range(10, 0, -3)), len(range(5, 0)), len("日本"), len(bytearray(3)))
print(len(dict(a=1).keys()), len(frozenset([1, 1, 2])), len(memoryview(b"abcd")))
for bad in (5, None, iter([]), len):
    try:
        len(bad)
    except TypeError as e:
        print(e)
