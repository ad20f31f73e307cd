class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(1, 2)
print(p, p.x, len(p), isinstance(p, tuple), p + (3,), type(p + (3,)).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), Upper("abc") == "ABC", type(Upper("x")).__name__)
class Pos(float):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(2.5) * 2)
try:
    Pos(-1)
except ValueError as e:
    print(e)
