# PEP 709 inlined comprehensions whose iteration variable a closure captures: the variable is a
# cell of the enclosing code, and each comprehension run gets its own cell.
fs = [lambda: T for T in range(2)]
print([f() for f in fs], "T" in globals())

T = 9
fs = [lambda: T for T in range(3)]
print(T, [f() for f in fs], globals()["T"])

squares = {k: (lambda: k * k) for k in range(3)}
print({k: f() for k, f in squares.items()})
print(sorted(f() for f in {lambda: s for s in "ab"}))

def in_function(T=7):
    fs = [lambda: T for T in range(2)]
    return T, [f() for f in fs], (lambda: T)()
print(in_function())

def outer_cell_kept():
    x = "outer"
    get_outer = lambda: x
    fs = [lambda: x for x in "ab"]
    return x, get_outer(), [f() for f in fs]
print(outer_cell_kept())

def nested():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in nested()])

def nested_inner_captures_outer():
    return [[(lambda: i) for _ in range(2)] for i in range(2)]
print([[f() for f in row] for row in nested_inner_captures_outer()])

def generator_inside():
    return [list(x + y for y in range(2)) for x in range(2)]
print(generator_inside())

class C:
    T = 5
    fs = [lambda: T for T in range(2)]
    print(T, [f() for f in fs])
    gs = [lambda: u for u in "xy"]
print(C.T, "u" in C.__dict__, [g() for g in C.gs])

def free_and_comprehension():
    y = 1
    def inner():
        a = y
        return a, [lambda: y for y in range(3)][0]()
    return inner()
print(free_and_comprehension())

def unbound_after():
    fs = [lambda: z for z in range(2)]
    try:
        return z
    except NameError as e:
        return type(e).__name__, str(e), [f() for f in fs]
print(unbound_after())

def repeated():
    out = []
    for n in range(2):
        out.extend([lambda: (n, m) for m in range(2)])
    return [f() for f in out]
print(repeated())
