class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    __hash__ = None
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __neg__(self):
        return self * -1
    def __iter__(self):
        yield self.x
        yield self.y
v = Vec(3, 4)
print(v + Vec(1, 1), 2 * v, v * 0.5, abs(v), bool(Vec(0, 0)), -v, list(v), v == Vec(3, 4))
try:
    v + 1
except TypeError as e:
    print(e)
try:
    {v}
except TypeError as e:
    print(e)
x, y = v
print(x, y)
