class C:
    a = 1
c = C()
print(getattr(c, "a"), getattr(c, "b", "default"), hasattr(c, "a"), hasattr(c, "b"))
setattr(c, "b", 2)
print(c.b, vars(c))
delattr(c, "b")
print(hasattr(c, "b"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(c, "a")
except AttributeError as e:
    print(e)
try:
    getattr(c, 1)
except TypeError as e:
    print(e)
setattr(c, "with space", 3)
print(getattr(c, "with space"))
print(getattr(1, "real"), getattr("s", "upper")())
