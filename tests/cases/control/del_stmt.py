x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = list(range(10))
del l[0], l[-1]
print(l)
del l[::2]
print(l)
del l[1:3]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C: pass
c = C()
c.a = 1
del c.a
print(hasattr(c, "a"))
a, b = 1, 2
del (a, b)
print("a" in dir(), "b" in dir())
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
try:
    del undefined_name
except NameError as e:
    print(e)
