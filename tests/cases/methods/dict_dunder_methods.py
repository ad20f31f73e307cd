d = {"a": 1}
d.__setitem__("b", 2)
print(d.__getitem__("b"), d.__contains__("a"), d.__len__(), d.__eq__({"a": 1, "b": 2}), list(d.__iter__()))
d.__delitem__("a")
print(d, d.__or__({"c": 3}), d.__ior__({"z": 0}), d.__hash__, d.__reversed__().__next__())
try:
    d.__getitem__("nope")
except KeyError as e:
    print(repr(e))
print(type({}.keys()).__name__)
