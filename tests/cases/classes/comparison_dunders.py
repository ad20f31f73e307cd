class Ver:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        return isinstance(o, Ver) and self.p == o.p
    def __lt__(self, o):
        return self.p < o.p
    def __le__(self, o):
        return self.p <= o.p
    def __repr__(self):
        return "Ver" + ".".join(map(str, self.p))
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Ver(1, 2), a != b)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]), max(a, b), min([b, a]))
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() != 1, OnlyEq() == 1, 1 == OnlyEq())
try:
    OnlyEq() < OnlyEq()
except TypeError as e:
    print(e)
