def g():
    try:
        yield 1
        return "normal"
    finally:
        print("finally while returning")
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
