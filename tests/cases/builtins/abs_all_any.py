print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 100)))
print(all([]), all([1, 2]), all([1, 0]), all(x > 0 for x in [1, 2]), all("abc"), all([[]]))
print(any([]), any([0, "", None]), any([0, 1]), any(x > 5 for x in range(10)), any(iter([False, True])))
def gen():
    yield 1
    print("all stops at first falsy")
    yield 0
    print("never")
    yield 1
print(all(gen()))
