# AttributeError suggestions: the closest name of dir(obj), private names hidden unless the
# missing name is private or the object is the method's self.
class Box:
    def __init__(self):
        self.width = 1
        self._secret = 2
        self.height = 3
    def peek(self):
        return self._secre
b = Box()
for attr in ("widht", "hieght", "xyz", "_secre", "secret", "Width"):
    try:
        getattr(b, attr)
    except AttributeError as e:
        print(attr, "->", e.name, e.obj is b)
try:
    b.secre
except AttributeError as e:
    print("secre:", e)
b.peek()
