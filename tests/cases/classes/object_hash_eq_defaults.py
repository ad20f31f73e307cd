class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a), A.__eq__ is object.__eq__)
print(a.__eq__(b), a.__ne__(a), a.__lt__(b))
try:
    a < b
except TypeError as e:
    print(e)
class B:
    def __eq__(self, o):
        return "truthy string"
print(B() == 1, B() != 1, bool(B() != 1))
