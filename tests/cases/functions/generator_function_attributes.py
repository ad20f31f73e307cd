def g(a, b=1):
    "gen doc"
    yield a + b
print(g.__name__, g.__doc__, g.__defaults__, g.__code__.co_argcount, g.__code__.co_varnames)
gen = g(1)
print(gen.__name__, gen.__qualname__, next(gen))
