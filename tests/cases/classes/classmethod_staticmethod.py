class C:
    count = 0
    @classmethod
    def make(cls, *a):
        cls.count += 1
        return cls, a
    @staticmethod
    def util(x):
        return x * 2
class D(C):
    pass
print(C.make(1), D.make(), C().make(2))
print(C.count, D.count)
print(C.util(3), C().util(4), D.util(5))
print(type(C.__dict__["make"]).__name__, type(C.__dict__["util"]).__name__)
print(C.__dict__["util"](6), C.__dict__["util"].__func__(7))
sm = staticmethod(len)
print(sm("abcd"), callable(sm))
