o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hash(o) == hash(o))
try:
    o.attr = 1
except AttributeError as e:
    print(e)
print(object.__doc__ is not None, object.__bases__, object.__mro__)
print(str(o) == repr(o), repr(o).startswith("<object object at 0x"))
print(sorted(n for n in dir(o) if n in ("__eq__", "__hash__", "__repr__", "__class__", "__init__")))
try:
    object(1)
except TypeError as e:
    print(e)
