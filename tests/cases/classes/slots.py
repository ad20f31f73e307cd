class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 1
except AttributeError as e:
    print(e)
try:
    print(p.y)
except AttributeError as e:
    print(e)
p.y = 2
print(p.y)
del p.y
print(hasattr(p, "y"), type(P.x).__name__)
class Q(P):
    pass
q = Q(5)
q.anything = 1
print(q.anything, q.x)
class R(P):
    __slots__ = ("__dict__",)
r = R(1)
r.w = 2
print(r.w)
