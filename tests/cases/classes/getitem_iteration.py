class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()])
a, b, c, d = Seq()
print(a, b, c, d)
it = iter(Seq())
print(type(it).__name__, next(it), next(it))
class Mapping:
    def __init__(self):
        self.d = {"a": 1}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
m = Mapping()
m["b"] = 2
del m["a"]
print(m["b"], m.d)
try:
    m["zz"]
except KeyError as e:
    print(repr(e))
