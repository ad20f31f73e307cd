# __slots__ entries become member descriptors in the class namespace.
class P:
    __slots__ = ("x", "y")
p = P()
m = P.__dict__["x"]
print(type(m).__name__, repr(m), m.__name__, m.__qualname__, m.__objclass__, m.__doc__)
m.__set__(p, 10)
print(p.x, m.__get__(p), m.__get__(None, P) is m)
try:
    m.__get__(p.__class__)
except TypeError as e:
    print(e)
for t in [lambda: p.y, lambda: m.__set__(1, 2), lambda: delattr(p, "y"), lambda: m.__get__(None, None),
          lambda: P.y.__delete__(p)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
del p.x
print(hasattr(p, "x"), sorted(vars(P)))
class Sub(P):
    pass
s = Sub()
s.x = 1
s.other = 2
print(sorted(vars(Sub)), s.__dict__, s.x)
class Sub2(P):
    __slots__ = ("z",)
print(sorted(vars(Sub2)), Sub2.z.__objclass__.__name__, Sub2.x.__objclass__.__name__)
class W:
    __slots__ = ("__weakref__",)
print(sorted(vars(W)), W().__weakref__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
class Over(P):
    x = "class attribute"
print(Over().x)
print(P.x.__reduce__()[1])
