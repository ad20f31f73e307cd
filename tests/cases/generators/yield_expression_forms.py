def g():
    x = yield
    print("x =", x)
    y = (yield 1) + 10
    print("y =", y)
    z = yield 2, 3
    print("z =", z)
    yield "last"
it = g()
print(next(it))
print(it.send("first"))
print(it.send(5))
print(it.send(None))
print(next(it, "end"))
