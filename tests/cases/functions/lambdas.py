sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 1)(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(9) + "!")
print((lambda x, /, y=2, *, z=3: x + y + z)(1, z=10))
print(sq.__qualname__, (lambda: 0).__code__.co_name)
