counter = 0
class C:
    global counter
    counter = 5
print(counter)
def f():
    return [counter + i for i in range(2)]
print(f())
names = ["outer"]
def g():
    names = ["local"]
    return [n for n in names]
print(g())
