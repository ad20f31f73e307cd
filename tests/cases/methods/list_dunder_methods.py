l = [1, 2]
print(l.__add__([3]), l.__mul__(2), l.__getitem__(0), l.__contains__(2), l.__len__(), l.__eq__([1, 2]), l.__lt__([1, 3]))
l.__setitem__(0, 10)
l.__delitem__(1)
l.__iadd__([7])
l.__imul__(2)
print(l, l.__iter__().__next__(), l.__reversed__().__next__(), l.__hash__ is None, list.__hash__)
try:
    l.__add__((1,))
except TypeError as e:
    print(e)
print([3, 1].__class__.__name__, l.__getitem__(slice(1, None)))
