class Point:
    "A point."
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__, Point.__name__)
print(sorted(p.__dict__.items()), type(p) is Point, p.__class__.__name__)
p.z = 9
print(sorted(vars(p)))
Point.dims = 3
print(p.dims)
p.dims = 4
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(isinstance(p, Point), isinstance(p, object), issubclass(Point, object))
