def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")
it = g()
print(next(it))
it.close()
print("closed")
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"
it = bad()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
