class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c = C(3)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, C.get(c))
print(type(m).__name__, type(C.get).__name__)
print(c.get == c.get, c.get is c.get, C(3).get == c.get)
f = C.get
print(f(C(9)))
c.get = lambda: "instance attr"
print(c.get(), C(1).get())
print(m.__name__, m.__qualname__)
