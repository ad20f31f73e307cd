class Singleton:
    _inst = None
    def __new__(cls, *a):
        print("new", a)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print(e)
class IntSub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(IntSub(21), type(IntSub(1)).__name__, IntSub(2) + 1)
