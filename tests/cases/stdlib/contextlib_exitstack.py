from contextlib import ExitStack, contextmanager, suppress
import sys

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.callback(print, "kw", sep="-", end="!\n")
    print("body")

class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

with ExitStack() as stack:
    print(stack.enter_context(CM("a")), stack.enter_context(CM("b")))

with ExitStack() as stack:
    stack.enter_context(CM("outer", suppress=True))
    stack.enter_context(CM("inner"))
    raise ValueError("x")
print("suppressed by outer")

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print(e)
class Old:
    def __enter__(self): pass
try:
    ExitStack().enter_context(Old())
except TypeError as e:
    print(e)

# push with exit function
def exit_fn(t, v, tb):
    print("exit_fn", t)
    return True
with ExitStack() as stack:
    r = stack.push(exit_fn)
    print(r is exit_fn)
    raise KeyError
print("after push suppress")
with ExitStack() as stack:
    c = CM("pushed")
    print(stack.push(c) is c)

# pop_all
with ExitStack() as stack:
    stack.callback(print, "should move")
    moved = stack.pop_all()
print("stack closed")
moved.close()
print(type(moved).__name__)

# callback __wrapped__
with ExitStack() as stack:
    cb = stack.callback(print, "x")
    print(cb is print)
    print(stack._exit_callbacks[-1][1].__wrapped__ is print)

# exception chaining fix-up
def raiser(exc):
    def f(*a):
        raise exc
    return f
try:
    with ExitStack() as stack:
        stack.callback(raiser(IndexError("first-registered")))
        stack.callback(raiser(KeyError("second-registered")))
        raise ValueError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)

# with an outer handled exception in the frame
try:
    raise OSError("frame")
except OSError:
    try:
        with ExitStack() as stack:
            stack.callback(raiser(IndexError("A")))
            stack.callback(raiser(KeyError("B")))
    except Exception as e:
        chain = []
        while e is not None:
            chain.append(repr(e))
            e = e.__context__
        print(chain)

# nested with equivalence
try:
    with ExitStack() as stack:
        stack.push(lambda *a: False)
        stack.callback(raiser(ZeroDivisionError("inner")))
except ZeroDivisionError as e:
    print(repr(e), e.__context__)

# suppressed then new exception
def suppressor(*a):
    return True
try:
    with ExitStack() as stack:
        stack.callback(raiser(TypeError("late")))
        stack.push(suppressor)
        raise ValueError("early")
except TypeError as e:
    print(repr(e), repr(e.__context__))

# exit returning value
s = ExitStack()
s.push(suppressor)
print(s.__exit__(ValueError, ValueError(), None))
s = ExitStack()
print(s.__exit__(None, None, None))
s = ExitStack()
s.push(suppressor)
print(s.__exit__(None, None, None))

# close
s = ExitStack()
s.callback(print, "closing now")
s.close()
s.close()

# generator cm inside exitstack
@contextmanager
def gen(n):
    print("gen enter", n)
    try:
        yield n
    finally:
        print("gen exit", n)
with ExitStack() as stack:
    vals = [stack.enter_context(gen(i)) for i in range(3)]
    print(vals)
try:
    ExitStack().callback()
except TypeError as e:
    print(e)
print(ExitStack.__mro__)
print(ExitStack.__doc__[:40])
