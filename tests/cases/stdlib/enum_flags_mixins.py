from enum import Flag, IntFlag, auto, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, Enum, IntEnum, StrEnum, ReprEnum
import enum
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(0)), str(Perm(0)), Perm(7), repr(Perm.RWX))
print(list(Perm), list(Perm.RWX), len(Perm.R | Perm.X), bool(Perm(0)), Perm.R in Perm.RWX, Perm.X in (Perm.R | Perm.W))
print(repr(~Perm.R), repr(~Perm.RWX), repr(Perm.R ^ Perm.RWX), repr(Perm.RWX & Perm.W))
print(Perm.__members__)
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    1 in Perm.R
except TypeError as e:
    print(e)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(list(Color), Color.RED.value, Color.BLUE.value, repr(Color.RED | Color.BLUE))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 8, repr(IP.R | 8), IP.R + 1, repr(IP(0)), repr(~IP.R), f"{IP.R | IP.X}")
print(repr(IP(12)), IP.R == 4, isinstance(IP.R, int))
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(C(7)))
class E(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(E(7)))
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(K(7)), str(K(7)))
print(repr(FlagBoundary.STRICT), STRICT, Perm._boundary_, IP._boundary_)
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class V2(IntEnum):
        A = 1
        B = 3
        C = 5
except ValueError as e:
    print(e)
try:
    @verify(NAMED_FLAGS)
    class V3(Flag):
        A = 1
        B = 2
        C = 13
except ValueError as e:
    print(e)
print(repr(enum.UNIQUE), enum.EnumCheck.CONTINUOUS.value)
class Status(StrEnum):
    OK = auto()
    ERR = 'error'
print(Status.OK == 'ok', Status('error'), Status.OK.upper(), '%s' % Status.ERR, list(Status))
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print(e)
class Point(tuple, Enum):
    ORIGIN = (0, 0)
print(Point.ORIGIN.value, Point.ORIGIN[0])
class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, 'ex')
    Y = (2, 'why')
print(Coord(1), Coord.Y.label, Coord.X.value)
class Fl(float, Enum):
    PI = 3.14
print(repr(Fl.PI), str(Fl.PI), Fl.PI * 2, format(Fl.PI, '>9'))
class Mix(str, Enum):
    A = 'a'
print(repr(Mix.A), str(Mix.A), format(Mix.A), Mix.A == 'a')
class Base:
    def hello(self): return 'hi ' + self.name
class WithMixin(Base, Enum):
    Q = 1
print(WithMixin.Q.hello(), repr(WithMixin.Q))
class Sub(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, list(cls.__members__), kw)
        super().__init_subclass__()
class Child(Sub, tag=1):
    A = 1
class Named(Enum):
    name = 1
    value = 2
print(Named.name, Named.value, Named.name.name, Named.value.value)
@enum.global_enum
class GE(Enum):
    GA = 1
print(repr(GE.GA), str(GE.GA), GA)
print(enum.bin(10), enum.bin(-11), enum.bin(0), enum.bin(5, 8), enum.show_flag_values(13))
print(sorted(enum.__all__))
print(IntEnum.__mro__, IP.__mro__)
print(Perm(-1), repr(Perm(-2)))
print(list(reversed(Color)), Color['RED'], Color(3))
class Od(Flag):
    _order_ = 'A B AB'
    A = 1
    B = 2
    AB = 3
print(list(Od))
class Defs(Flag):
    B = 2
    A = 1
print(list(Defs(3)))
