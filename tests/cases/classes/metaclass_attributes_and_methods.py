class Meta(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Meta.registry.append(name)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 99
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(Meta.registry, repr(A), len(B), A.upper_name)
try:
    A().upper_name
except AttributeError as e:
    print(e)
