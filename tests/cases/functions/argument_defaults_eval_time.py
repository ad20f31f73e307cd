order = []
def note(x):
    order.append(x)
    return x
def f(a=note("a default"), *, b=note("b default")):
    return a, b
order.append("defined")
print(f(), order)
