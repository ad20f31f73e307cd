def g():
    try:
        yield
    finally:
        print("finalizing")
it = g()
next(it)
try:
    raise RuntimeError("outside")
except RuntimeError:
    it.close()
    print("closed inside handler")
