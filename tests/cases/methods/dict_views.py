d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
print(list(k), list(v), list(i))
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k == {"a", "b", "c", "d"})
print(sorted(i & {("a", 1), ("x", 9)}), k.isdisjoint({"q"}), k >= {"a"}, k < {"a", "b", "c", "d", "e"})
print(type(k).__name__, type(v).__name__, type(i).__name__, list(reversed(k)), k.mapping["a"])
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(e)
print(v == v, d.values() == d.values())
