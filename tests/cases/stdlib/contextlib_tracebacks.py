from contextlib import contextmanager, ExitStack
def names(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out

@contextmanager
def cm():
    yield

def body():
    raise ValueError("x")

def outer():
    with cm():
        body()
try:
    outer()
except ValueError as e:
    print(names(e.__traceback__))

@contextmanager
def reraiser():
    try:
        yield
    except ValueError:
        raise
def outer2():
    with reraiser():
        body()
try:
    outer2()
except ValueError as e:
    print(names(e.__traceback__))

def outer3():
    with ExitStack() as s:
        s.enter_context(cm())
        body()
try:
    outer3()
except ValueError as e:
    print(names(e.__traceback__))
