def g():
    yield 1
it = g()
print(it.gi_running, it.gi_frame is not None, it.gi_code.co_name, it.__name__, it.__qualname__)
next(it)
print(it.gi_frame.f_lineno if it.gi_frame else None)
list(it)
print(it.gi_frame, it.gi_suspended if hasattr(it, "gi_suspended") else "n/a")
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
