def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
try:
    it.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(it, "dead"))
def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted:", e)
print(next(f, "finished"))
