def f():
    T = 5
    get = lambda: T
    try:
        [lambda: T for T in range(3) if 1 / (T - 1)]
    except ZeroDivisionError:
        pass
    return T, get()
print(f())
def g():
    x = "outer"
    try:
        [x for x in range(3) if 1 / (x - 1)]
    except ZeroDivisionError as e:
        print(e)
    return x
print(g())
x = "module"
try:
    {x: 1 for x in [1, 0] if 1 / x}
except ZeroDivisionError:
    pass
print(x)
def h():
    try:
        return [y for y in range(2) if 1 / 0]
    finally:
        print("finally")
try:
    h()
except ZeroDivisionError:
    print("caught")
def nested():
    z = "z"
    try:
        [[z for z in range(2) if 1 / z] for w in range(2)]
    except ZeroDivisionError:
        return z
print(nested())
class C:
    v = "class"
    try:
        [v for v in [0] if 1 / v]
    except ZeroDivisionError:
        pass
    print(v)
