class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError))
