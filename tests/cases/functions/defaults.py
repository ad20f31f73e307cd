def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2, 3))
print(f(3, c=[0]))
print(f(4))
def g(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(g(), g())
n = 10
def h(v=n):
    return v
n = 20
print(h())
print(f.__defaults__[:1], h.__defaults__)
