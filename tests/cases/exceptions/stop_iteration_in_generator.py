def gen():
    yield 1
    raise StopIteration("leaked")
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def gen2():
    yield 1
    next(iter([]))
try:
    for x in gen2():
        print(x)
except RuntimeError as e:
    print(e)
