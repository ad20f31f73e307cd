class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
class C(metaclass=Meta):
    b = 1
    a = 2
    def z(self): pass
print(C.order)
class M2(type): pass
class M3(type): pass
class A(metaclass=M2): pass
class B(metaclass=M3): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print(e)
