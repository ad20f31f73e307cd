from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, KW_ONLY, InitVar, FrozenInstanceError, MISSING, Field)
import dataclasses
from collections import namedtuple, defaultdict

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 2), p == (1, 2))
print(Point(5), Point(y=3, x=4))
print(Point.__match_args__, Point.__hash__, Point.__eq__.__qualname__)
print(Point.__dataclass_params__)
print([(f.name, f.type, f.default is MISSING, f.init, f.repr, f.hash, f.compare, f.metadata, f.kw_only, f.doc, f._field_type) for f in fields(Point)])
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1))
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash((1, 2, ())))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print(e)
print(replace(v1, minor=5), v1)

@dataclass
class Inv:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(default=0, compare=False)
    meta: str = field(default='', metadata={'unit': 'kg'})
a, b = Inv(), Inv()
a.items.append(1)
print(a, b, a == b, Inv(total=5) == Inv(total=6))
print(fields(Inv)[3].metadata, fields(Inv)[3].metadata['unit'])
print(repr(fields(Inv)[1]).replace(repr(MISSING), "MISSING"))

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        x: int
except ValueError as e:
    print(e)
try:
    @dataclass(order=True)
    class Bad4:
        x: int
        def __lt__(self, o): return True
except TypeError as e:
    print(e)
try:
    @dataclass(unsafe_hash=True)
    class Bad5:
        x: int
        def __hash__(self): return 1
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad6:
        x = field()
except TypeError as e:
    print(e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3)
print(w, WithPost(3, 5), [f.name for f in fields(WithPost)])
print(replace(w, a=4, scale=10))
try:
    replace(w, b=1)
except TypeError as e:
    print(e)

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(KW(1, c=3), KW.__match_args__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 2
print(AllKW(x=1), AllKW.__match_args__)
@dataclass
class Mixed:
    x: int = field(kw_only=True)
    y: int
print(Mixed(1, x=2))

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10
print(Derived(), Derived(1, 2, 3), fields(Derived)[0].name)

@dataclass(frozen=True)
class FBase:
    x: int
try:
    @dataclass
    class NF(FBase):
        y: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class FD(Base):
        w: int = 0
except TypeError as e:
    print(e)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1)
n.children.append(n)
print(n)

Pt = namedtuple('Pt', 'a b')
@dataclass
class Holder:
    pts: list
    d: dict
    nt: Pt
    inner: Point
    dd: defaultdict = field(default_factory=lambda: defaultdict(int))
h = Holder([Point(1, 2)], {'k': Point(3, 4)}, Pt(Point(5, 6), 7), Point(8, 9))
print(asdict(h))
print(astuple(h))
print(asdict(p, dict_factory=lambda kv: sorted(kv, reverse=True)))
try:
    asdict(1)
except TypeError as e:
    print(e)
try:
    fields(1)
except TypeError as e:
    print(e)

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))], namespace={'double': lambda self: self.b * 2})
c = C(1, 2)
print(c, c.double(), C.__name__, C.__qualname__)
try:
    make_dataclass('D', ['x', 'x'])
except TypeError as e:
    print(e)
try:
    make_dataclass('D', ['class'])
except TypeError as e:
    print(e)
try:
    make_dataclass('D', ['a b'])
except TypeError as e:
    print(e)

@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(hash=False, default=None)
print(hash(H(1)) == hash((1,)))
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class ExplicitHash:
    x: int
    def __hash__(self): return 42
print(hash(ExplicitHash(1)))
@dataclass(repr=False, eq=False, match_args=False)
class Plain:
    x: int
print('__match_args__' in Plain.__dict__, '__repr__' in Plain.__dict__)
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 1
except AttributeError as e:
    print('AttributeError')
match Point(1, 2):
    case Point(x, y):
        print('matched', x, y)
print(Field[int], MISSING.__class__.__name__, repr(dataclasses.KW_ONLY.__class__.__name__))
print(InitVar[int], InitVar[list[int]])
print(Point.__init__.__annotations__, Point.__replace__ is dataclasses._replace)
import copy
print(copy.replace(p, y=9) if hasattr(copy, 'replace') else Point(1, 9))
print(sorted(dataclasses.__all__))
