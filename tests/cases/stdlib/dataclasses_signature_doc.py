from dataclasses import dataclass, field, make_dataclass, KW_ONLY, InitVar
import collections
class Local: pass
@dataclass
class A:
    x: int
    y: "str" = 'a'
    z: list[int] = field(default_factory=list)
    w: Local = None
    v: dict = None
    u: collections.OrderedDict = None
    t: int | None = None
    _: KW_ONLY
    k: float = 1.5
    i: InitVar[int] = 0
print(A.__doc__)
@dataclass(init=False)
class B:
    x: int
print(B.__doc__)
C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=3))])
print(C.__doc__, C.__module__)
print(A.__init__.__annotations__)
print(A.__init__.__qualname__, A.__repr__.__qualname__)
@dataclass
class D:
    "own doc"
    x: int
print(D.__doc__)
@dataclass
class E:
    pass
print(E.__doc__)
