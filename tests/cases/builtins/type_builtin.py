print(type(1), type("a"), type([]), type(type), type(len), type(lambda: 0), type(None), type(...))
print(type(1) is int, type(True) is bool, type(1.0).__name__, type(int).__name__)
X = type("X", (), {"a": 1})
print(X.a, X().a, X.__name__, type(X), X.__bases__)
Y = type("Y", (X,), {"b": 2})
print(Y().a, Y.b, [c.__name__ for c in Y.__mro__])
try:
    type()
except TypeError as e:
    print(e)
