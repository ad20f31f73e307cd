class A:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
    @classmethod
    def c(cls, x, y):
        pass
a = A()
for call in (lambda: a.m(), lambda: a.m(1, 2), lambda: A.m(1), lambda: A.s(), lambda: a.c(1),
             lambda: A(1), lambda: object(1), lambda: len(), lambda: len(1, 2), lambda: abs(x=1),
             lambda: sorted([], reverse=1, kee=2), lambda: int(base=2)):
    try:
        call()
    except TypeError as e:
        print(e)
