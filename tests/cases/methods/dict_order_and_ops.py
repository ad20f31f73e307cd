d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d, list(d))
d["z"] = 10
print(d)
del d["a"]
d["a"] = 4
print(d)
print({1: "a"} | {2: "b"}, {1: "a"} | {1: "b"})
e = {"k": 1}
e |= {"j": 2}
e |= [("i", 3)]
print(e)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list(reversed(e)), dict(sorted(e.items())))
print({True: "bool", 1: "int", 1.0: "float"}, {(1, 2): "tuple key"}[1, 2])
try:
    {} < {}
except TypeError as e:
    print(e)
