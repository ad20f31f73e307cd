import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print(sys.exc_info(), sys.exception())
def f():
    return sys.exception()
try:
    1 / 0
except ZeroDivisionError:
    print(type(f()).__name__)
