class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B.cm>" + super().cm()
    def explicit(self):
        return super(B, self).who()
print(B().who(), B.cm(), B().explicit())
s = super(B, B())
print(s.who(), type(s).__name__)
def outside(self):
    return super(B, self).who()
print(outside(B()))
class C(B):
    def who(self):
        f = lambda: super(C, self).who()
        return "C>" + f()
print(C().who())
try:
    super(B, 1)
except TypeError as e:
    print(e)
class D:
    def m(self):
        return super().m()
try:
    D().m()
except AttributeError as e:
    print(e)
