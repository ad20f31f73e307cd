# A class's __dict__ is a live, read-only mappingproxy.
class A:
    x = 1
d = A.__dict__
print(type(d).__name__, type(vars(A)).__name__, d["x"], "x" in d, "y" in d, d.get("y", "none"))
A.y = 2
print("y" in d, d["y"], sorted(k for k in d if not k.startswith("_")))
del A.y
print("y" in d, len(d) == len(dict(d)))
for t in [lambda: d["missing"], lambda: d.__setitem__("z", 1), lambda: d.pop("x")]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
print(type(int.__dict__).__name__, int.__dict__["bit_length"] is int.bit_length)
print(sorted(k for k in object.__dict__ if k in ("__class__", "__doc__", "__dir__", "__reduce_ex__")))
print(type(type.__dict__).__name__, "__mro__" in type.__dict__, "__name__" in vars(type))
