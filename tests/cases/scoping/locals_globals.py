g1 = 1
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
print("g1" in globals(), globals()["g1"], globals() is globals())
def writes():
    globals()["made_here"] = "yes"
writes()
print(made_here)
def loc_snapshot():
    x = 1
    l = locals()
    x = 2
    return l["x"], locals()["x"]
print(loc_snapshot())
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
