def g():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)
it = g()
next(it)
it.throw(ValueError("instance"))
it.throw(KeyError)
it.throw(ValueError("x"))
it.close()
try:
    it.throw(RuntimeError("after close"))
except RuntimeError as e:
    print("raised into closed generator:", e)
