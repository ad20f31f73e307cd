class C:
    def __len__(self):
        return 3
c = C()
c.__len__ = lambda: 100
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
print(repr(d) == "instance repr", d.__repr__())
d.__add__ = lambda o: "added"
try:
    d + 1
except TypeError as e:
    print(e)
