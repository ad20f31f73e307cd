# Class annotations: __annotate__ stored as __annotate_func__, results cached per class.
class A:
    x: int
    y: str = "hi"
    z: "A"
class B(A):
    pass
class C(A):
    w: list[int]
print(A.__annotations__, A.y)
print(B.__annotations__, C.__annotations__)
print(A.__annotate__.__qualname__, B.__annotate__)
print(sorted(k for k in A.__dict__ if 'annot' in k))
print(sorted(k for k in B.__dict__ if 'annot' in k))
print(hasattr(A, 'x'), hasattr(A(), '__annotations__'))
try:
    A().__annotations__
except AttributeError as e:
    print(e)
print(A.__annotate__(2))
try:
    A.__annotate__(3)
except NotImplementedError:
    print("NotImplementedError")

class NoAnnotations:
    def method(self): pass
print(NoAnnotations.__annotations__, NoAnnotations.__annotate__)

# Annotations see the class namespace first, then globals.
int_alias = float
class D:
    int_alias = bytes
    a: int_alias
    def m(self, p: int_alias) -> int_alias: pass
print(D.__annotations__, D.m.__annotations__)

# Private names are mangled.
class P:
    __secret: int
    _P__other: str
print(P.__annotations__)

# Nested classes and classes in functions.
def make():
    local = complex
    class Inner:
        v: local
        class Deeper:
            d: int
    return Inner
Inner = make()
print(Inner.__annotations__, Inner.Deeper.__annotations__)
print(Inner.__annotate__.__qualname__, Inner.Deeper.__annotate__.__qualname__)

# Metaclass annotations are not the class's.
class Meta(type):
    m: int
class WithMeta(metaclass=Meta):
    d: str
class WithMetaEmpty(metaclass=Meta):
    pass
print(Meta.__annotations__, WithMeta.__annotations__, WithMetaEmpty.__annotations__)

# An __annotations__ written in the class body wins.
class Manual:
    __annotations__ = {'manual': 1}
print(Manual.__annotations__, Manual.__annotate__)

# Attribute and subscript targets are evaluated but not annotations.
class Target:
    data = {}
    obj = type("O", (), {})()
    data["k"]: int = 1
    obj.attr: str = "v"
    data["j"]: int
print(Target.__annotations__, Target.data, Target.obj.attr)
