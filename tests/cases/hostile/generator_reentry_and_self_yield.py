def g():
    yield from me
me = g()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def h():
    yield 1
it = h()
try:
    list(zip(it, it, it))
    print("zip of same generator ok")
except Exception as e:
    print(type(e).__name__, e)
