def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally on close")
it = g()
next(it)
it.close()
it.close()
print(next(it, "exhausted after close"))
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ret"
it = returns_on_exit()
next(it)
print(it.close())
unstarted = g()
unstarted.close()
print("closing unstarted runs no finally")
