x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def f():
    y = 1
    return list(y * i for i in range(3))
print(f())
class C:
    v = 5
    g = list(i for i in range(v))
print(C.g)
nested = list((a, b) for a in range(2) for b in (a, a + 1))
print(nested)
