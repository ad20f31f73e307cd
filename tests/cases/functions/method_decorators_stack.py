def log_call(fn):
    def w(*a):
        print("calling", fn.__name__)
        return fn(*a)
    return w
class C:
    @staticmethod
    @log_call
    def s(x):
        return x
    @classmethod
    @log_call
    def c(cls):
        return cls.__name__
    @property
    @log_call
    def p(self):
        return "prop"
print(C.s(1), C.c(), C().p)
