it = iter("ab")
print(next(it), next(it), next(it, None), next(it, "again"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
def g():
    return (yield 1)
gen = g()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("value", e.value)
try:
    next([1, 2])
except TypeError as e:
    print(e)
