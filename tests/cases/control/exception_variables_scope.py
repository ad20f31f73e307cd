def f():
    try:
        raise ValueError("a")
    except ValueError as exc:
        saved = exc
    return saved
print(repr(f()))
err = None
try:
    1 / 0
except ZeroDivisionError as exc:
    err = exc
print(type(err).__name__, "exc" in globals())
