def f(a, b, c=3):
    pass
def g(*, k):
    pass
def h():
    pass
def p(a, /, b):
    pass
calls = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=5), lambda: f(1, 2, a=1),
    lambda: g(1), lambda: g(), lambda: h(1), lambda: h(x=1), lambda: p(a=1, b=2),
    lambda: f(1, 2, **{"c": 1}, c=2), lambda: f(**{1: 2}), lambda: f(*5), lambda: f(**[1]),
    lambda: (lambda x, y: 0)(), lambda: f(1, b=2, **{"b": 3}),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
