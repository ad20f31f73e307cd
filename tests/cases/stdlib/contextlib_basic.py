from contextlib import contextmanager, ContextDecorator, suppress, closing, nullcontext
from contextlib import AbstractContextManager, redirect_stdout, redirect_stderr, chdir
import contextlib, io, sys

@contextmanager
def tag(name):
    """Doc of tag."""
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("h1") as t:
    print("inside", t)
print(tag.__name__, tag.__doc__, tag("x").__doc__)

# exception propagates through
try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, e.__traceback__ is not None)

# generator suppresses
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RE", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RE", e)

@contextmanager
def twice_exc():
    try:
        yield 1
    except ValueError:
        yield 2
try:
    with twice_exc():
        raise ValueError
except RuntimeError as e:
    print("RE", e, repr(e.__context__))

# StopIteration raised in body
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("s")
except StopIteration as e:
    print("SI", e)
except RuntimeError as e:
    print("RE?", e)

# generator raises different exception
@contextmanager
def transform():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
try:
    with transform():
        raise ValueError("orig")
except TypeError as e:
    print("TE", e, repr(e.__cause__))

# reuse error
cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)

# as decorator
@tag("deco")
def f(x):
    print("f", x)
    return x * 2
print(f(3), f(4))
print(f.__name__)

class mycm(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return False

@mycm()
def g():
    print("g body")
g()

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1/0
except ZeroDivisionError as e:
    print("not suppressed", e)
with suppress():
    pass
try:
    with suppress():
        raise ValueError
except ValueError:
    print("empty suppress")

try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print("rest", repr(e), e.exceptions)
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("all suppressed")

class Thing:
    def close(self):
        print("closed")
with closing(Thing()) as t:
    print(type(t).__name__)

with nullcontext(5) as n:
    print(n)
with nullcontext() as n:
    print(n)

buf = io.StringIO()
with redirect_stdout(buf) as b:
    print("hidden")
    print(b is buf)
print(repr(buf.getvalue()))
buf = io.StringIO()
with redirect_stderr(buf):
    sys.stderr.write("err text\n")
print(repr(buf.getvalue()))

import os
old = os.getcwd()
with chdir("/"):
    print(os.getcwd())
print(os.getcwd() == old)

print(issubclass(mycm, AbstractContextManager))
class OnlyEnter:
    def __enter__(self): pass
print(issubclass(OnlyEnter, AbstractContextManager))
class Both:
    def __enter__(self): pass
    def __exit__(self, *a): pass
print(issubclass(Both, AbstractContextManager), isinstance(Both(), AbstractContextManager))
print(AbstractContextManager[int])
print(isinstance(nullcontext(), contextlib.AbstractAsyncContextManager))
class Sub(AbstractContextManager):
    pass
try:
    Sub()
except TypeError as e:
    print(e)
class Sub2(AbstractContextManager):
    def __exit__(self, *a): return None
with Sub2() as s:
    print(type(s).__name__)
print(sorted(contextlib.__all__))
