class A:
    def __init__(self):
        print("A.__init__")
        super().__init__()
class B:
    def __init__(self):
        print("B.__init__")
        super().__init__()
class C(A, B):
    def __init__(self):
        print("C.__init__")
        super().__init__()
C()
print([k.__name__ for k in C.__mro__])
class Mixin:
    def greet(self):
        return "hi from " + type(self).__name__
class Base:
    pass
class Both(Mixin, Base):
    pass
print(Both().greet())
