class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
    def describe(cls):
        return "class " + cls.__name__
class Thing(metaclass=Meta, flavour="x"):
    def __init__(self, v):
        self.v = v
t = Thing(5)
print(t.v, Thing.created_by, Thing.kw, type(Thing).__name__, Thing.describe())
class Sub(Thing):
    pass
print(type(Sub).__name__, Sub.kw)
print(isinstance(Thing, type), type(type), type(object))
