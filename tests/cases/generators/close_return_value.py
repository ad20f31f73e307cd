def g():
    try:
        yield 1
    except GeneratorExit:
        return "value from close"
it = g()
next(it)
print(repr(it.close()))
def h():
    yield 1
it = h()
next(it)
print(repr(it.close()))
