d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("c"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, len(d), "x" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
e["new"] = 0
print(d == e, "new" in d, dict.fromkeys(["k1", "k2"], []), d.__len__())
d.clear()
print(d, d.get("a", "empty"))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
