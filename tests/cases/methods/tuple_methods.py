# tuple methods and special methods; tuple subclasses hash and compare by value.
t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, -1), t.count(2), t.count("x"), t.__len__(), t.__getitem__(slice(1, 3)))
for f in (lambda: t.index(9), lambda: t.index(), lambda: t.count(), lambda: t[9], lambda: t["a"], lambda: t.__add__([1]),
          lambda: t * "x", lambda: tuple.index([], 1), lambda: hash(([],))):
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(t.__add__((4,)), t.__mul__(2), t.__rmul__(0), t.__contains__(3), t.__eq__(list(t)), t.__lt__((1, 3)), t.__hash__() == hash(t))
print(t.__getnewargs__(), list(t.__iter__()), t.__repr__(), (1,).__repr__(), ().__repr__())
class T(tuple):
    pass
u = T((1, 2))
print(hash(u) == hash((1, 2)), {u: "x"}[(1, 2)], u == (1, 2), u.__hash__() == hash((1, 2)), type(u + u).__name__, u[::-1])
print((1, 2) < (1, 2, 0), (1, "a") == (1, "a"), ((1,),) < ((2,),), (float("inf"),) > (1e308,))
