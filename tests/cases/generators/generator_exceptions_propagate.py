def g():
    yield 1
    raise ValueError("inside generator")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caught", e)
print(next(it, "exhausted after error"))
def cleanup():
    try:
        yield
    finally:
        raise KeyError("finally error")
c = cleanup()
next(c)
try:
    c.close()
except KeyError as e:
    print("close raised", repr(e))
