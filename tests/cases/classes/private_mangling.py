class A:
    __secret = 1
    def get(self):
        return self.__secret
    def __m(self):
        return "A.__m"
    def call(self):
        return self.__m()
class B(A):
    __secret = 2
    def get_b(self):
        return self.__secret
b = B()
print(b.get(), b.get_b(), b.call(), sorted(k for k in B.__dict__ if "secret" in k))
print(A._A__secret, hasattr(A, "__secret"))
try:
    b.__secret
except AttributeError as e:
    print(e)
class C:
    def f(self):
        __x = 1
        return [n for n in dir() if "x" in n] if False else sorted(locals())
print(C().f())
