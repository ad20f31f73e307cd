# dict methods: errors, update forms, setdefault, fromkeys, __missing__, special methods.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d.pop("c"), d.pop("z", None), d)
attempt(lambda: d.get())
attempt(lambda: d.get(1, 2, 3))
attempt(lambda: d.pop())
attempt(lambda: d.pop("zz"))
attempt(lambda: {}.popitem())
attempt(lambda: d.update(1))
attempt(lambda: d.update([1]))
attempt(lambda: d.update([(1, 2, 3)]))
attempt(lambda: d.update({}, {}))
attempt(lambda: d.keys(1))
attempt(lambda: d[[]])
attempt(lambda: d.get([]))
attempt(lambda: [] in d)
attempt(lambda: d.setdefault([]))
attempt(lambda: dict.fromkeys())
attempt(lambda: dict.fromkeys(1))
attempt(lambda: dict.keys(5))
attempt(lambda: d.__setitem__([], 1))
attempt(lambda: d.__delitem__("zz"))
attempt(lambda: d.__getitem__())
e = {}
e.update({"x": 1}, y=2); e.update([("z", 3)], w=4); e.update(a=0); e.update((("q", 5),)); e.update(["ab"])
print(e, e.popitem(), len(e))
class M:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
e.update(M()); print(e["k1"], dict(M()), dict.fromkeys("ab", []), dict.fromkeys(range(2)))
print(d.__len__(), d.__contains__("a"), d.__getitem__("a"), list(d.__iter__()), list(d.__reversed__()), d.__eq__({"a": 1, "b": 2}))
print(d.__or__({"z": 0}), d.__ror__({"z": 0}), d.__or__([]), d.__eq__([]), d.__ne__({}), d.__repr__(), dict.__hash__)
f = dict(d); f.__ior__([("n", 1)]); f |= {"m": 2}; f.__setitem__("o", 3); f.__delitem__("a"); print(f, f.copy() == f, f.copy() is f)
f.__init__({"p": 1}, q=2); print(f); f.clear(); print(f)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=1)
print(c["a"], c["b"], c.__getitem__("b"), c.get("b"), "b" in c, type(c.copy()).__name__, Counter.fromkeys("ab", 1))
