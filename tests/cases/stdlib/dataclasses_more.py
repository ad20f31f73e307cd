from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, asdict, replace
import dataclasses, abc

@dataclass
class Inventory:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand
item = Inventory('widget', 3.0, 10)
print(item, item.total_cost(), Inventory.__doc__)

@dataclass
class C:
    a: int
    b: int = field(init=False)
    c: "InitVar[int]" = 5
    def __post_init__(self, c):
        self.b = self.a + c
print(C(1), [f.name for f in fields(C)])

@dataclass
class WithClassVarStr:
    x: int
    y: "dataclasses.InitVar[int]" = 0
    def __post_init__(self, y):
        self.x += y
print(WithClassVarStr(1, 2), [f.name for f in fields(WithClassVarStr)])

class Abstract(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
@dataclass
class Sq(Abstract):
    side: float
    def area(self): return self.side ** 2
print(Sq(3).area(), Sq.__abstractmethods__)

@dataclass
class Self_:
    self: int
    other: int = 0
print(Self_(1, 2), Self_(self=3))

@dataclass
class Desc:
    x: int = 0
    def __set_name__(self, owner, name): pass
@dataclass
class Frozen:
    a: int
    b: list = field(default_factory=list, compare=False, hash=False)
    __hash__ = None
try:
    hash(Frozen(1))
except TypeError as e:
    print(e)

@dataclass(frozen=True, slots=True)
class FS:
    x: int
    y: int = 2
fs = FS(1)
print(fs, fs.__getstate__(), hash(fs) == hash((1, 2)))
try:
    fs.x = 5
except dataclasses.FrozenInstanceError as e:
    print(e)

@dataclass
class P:
    x: int
    y: int
    def __eq__(self, other):
        return 'custom'
print(P(1, 2) == P(1, 2), P.__hash__)

@dataclass
class Inherit(P):
    z: int = 0
print(Inherit(1, 2) == Inherit(1, 2), Inherit(1, 2, 3))

@dataclass(repr=False)
class NoRepr:
    x: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))

class Meta(type):
    pass
@dataclass
class WithMeta(metaclass=Meta):
    x: int = 1
print(WithMeta(), type(WithMeta).__name__)

@dataclass
class Generic_:
    items: list[int] = field(default_factory=list)
    mapping: dict[str, int] = field(default_factory=dict)
g = Generic_()
g.items.append(1)
print(g, Generic_(), fields(Generic_)[0].type)

@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 0
    inner: Inner = field(default_factory=Inner)
print(Outer(), Outer.Inner.__qualname__, Outer.Inner.__repr__.__qualname__)

@dataclass
class Doc:
    x: int = field(default=1, doc="the x")
print(fields(Doc)[0].doc)
print(Doc.__eq__(Doc(), 1), Doc() == Doc(), Doc() != Doc(2))
@dataclass(order=True)
class O:
    a: int
    b: str = 'x'
print(O(1) < O(2), O(1, 'a') <= O(1, 'b'), O.__lt__(O(1), 3))
try:
    O(1) < 3
except TypeError as e:
    print(e)
print(replace(O(1), b='z'))
try:
    replace(O(1), c=1)
except TypeError as e:
    print(e)
