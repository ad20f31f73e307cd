def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
o = outer()
print(next(o))
print(o.send("A"))
print(o.send("B"))
print(list(o))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from {"k": 1}
print(list(from_iterables()))
