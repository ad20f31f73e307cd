x = "outer"
lst = [x for x in range(3)]
print(x, lst)
s = {x for x in "ab"}
d = {x: x for x in (1,)}
g = list(x for x in [9])
print(x)
y = 10
print([y for _ in range(2)], [y * i for i in range(3)])
def f():
    z = 5
    return [z + i for i in range(2)]
print(f())
