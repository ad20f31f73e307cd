def g():
    yield 1
    return "result"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def delegator():
    r = yield from g()
    print("delegate got", r)
    return r * 2
print(list(delegator()))
try:
    d = delegator()
    while True:
        next(d)
except StopIteration as e:
    print(e.value)
def empty_return():
    return
    yield
print(list(empty_return()))
