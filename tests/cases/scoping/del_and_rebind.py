def f():
    x = 1
    del x
    x = 2
    return x
print(f())
def g():
    items = [1]
    for items[0] in range(3):
        pass
    return items
print(g())
n = 5
def h():
    n = n if False else 0
    return n
print(h())
