# Bounds, constraints and PEP 696 defaults are evaluated lazily, once.
calls = []

def note(tag, value):
    calls.append(tag)
    return value

def f[T: note("bound", int), C: (note("c1", int), str), D = note("default", float), *Ts = tuple, **P = [int]]():
    pass

print(calls)
T, C, D, Ts, P = f.__type_params__
print(T.__bound__, calls)
print(T.__bound__, calls)
print(C.__constraints__, C.__bound__, T.__constraints__, calls)
print(D.__default__, D.has_default(), T.has_default(), calls)
print(Ts.__default__, Ts.has_default(), P.__default__, P.has_default())
print(repr(T), repr(C), repr(D), repr(Ts), repr(P))
print(T.evaluate_bound(1), T.evaluate_bound(2), D.evaluate_default(1))
for fmt in (3, 4):
    try:
        T.evaluate_bound(fmt)
    except NotImplementedError as e:
        print("NotImplementedError", fmt, repr(e))
print(T.evaluate_bound.__name__, T.evaluate_bound.__qualname__, T.evaluate_bound.__defaults__)
print(T.evaluate_constraints, C.evaluate_bound, T.evaluate_default)

# A bound that fails is evaluated again on the next access.
def g[U: undefined_name]():
    pass

U, = g.__type_params__
for _ in range(2):
    try:
        U.__bound__
    except NameError as e:
        print("NameError:", e)
undefined_name = bytes
print(U.__bound__)

# Bounds see names of the enclosing function, even ones bound later.
def enclosing():
    def h[V: later]():
        pass
    later = complex
    return h.__type_params__[0].__bound__

print(enclosing())

print(P.args, P.kwargs, P.args.__origin__ is P, P.kwargs.__origin__ is P, P.args == P.args, P.args == P.kwargs)
print(type(P.args).__name__, type(P.kwargs).__name__, P.__bound__)
