registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({self.__dict__})"
    cls.__repr__ = __repr__
    return cls
@register
@add_repr
class A:
    def __init__(self):
        self.x = 1
@register
class B:
    pass
print(registry, repr(A()))
def replace(cls):
    return 42
@replace
class Gone:
    pass
print(Gone)
