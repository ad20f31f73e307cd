class C:
    def __call__(self):
        pass
class D:
    pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(lambda: 0), callable(1), callable(print))
print(callable(str.upper), callable("".upper), callable(None), callable(type), callable(D))
