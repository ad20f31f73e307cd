from enum import Enum, IntEnum, Flag, IntFlag, auto, EnumType, EnumMeta, EnumDict, nonmember, member
import enum

class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3
print(Grade.C < Grade.A, Grade.A >= Grade.B, sorted(Grade))

class DuplicateFreeEnum(Enum):
    def __init__(self, *args):
        cls = self.__class__
        if any(self.value == e.value for e in cls):
            a = self.name
            e = cls(self.value).name
            raise ValueError("aliases not allowed in DuplicateFreeEnum:  %r --> %r" % (a, e))
try:
    class Color(DuplicateFreeEnum):
        RED = 1
        GREEN = 2
        GRENE = 2
except ValueError as e:
    print(e)

class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name
class Ordinal(AutoName):
    NORTH = auto()
    SOUTH = auto()
print([m.value for m in Ordinal])

class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i
print(list(Period)[:3])

class Weekday(Flag):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 4
    WEEKEND = 8
    ALL = 15
chores = Weekday.MONDAY | Weekday.WEDNESDAY
print(chores, repr(chores), Weekday.ALL, list(Weekday.ALL), Weekday.TUESDAY in chores)
for day in chores:
    print(day.name)

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
class Request(IntEnum):
    POST = 1
    GET = 2
print(Shape.CIRCLE == Request.POST, Shape.CIRCLE == 1, int(Shape.SQUARE), ['a', 'b', 'c'][Shape.CIRCLE])
print(isinstance(Enum, EnumMeta), EnumMeta is EnumType, type(Shape).__name__)

class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
        return None
print(Status('ACTIVE'), Status._missing_('x'))
try:
    Status('nope')
except ValueError as e:
    print(e)

class Counter(Enum):
    ONE = 1
    TWO = 2
    @property
    def doubled(self):
        return self.value * 2
    def __str__(self):
        return self.name.lower()
print(Counter.TWO.doubled, str(Counter.ONE), f"{Counter.ONE}", repr(Counter.ONE))

# value access by dict / set membership
d = {Counter.ONE: 'one'}
print(d[Counter.ONE], Counter.ONE in {Counter.ONE, Counter.TWO})

# pickling-ish / copy
import copy
print(copy.deepcopy([Counter.ONE])[0] is Counter.ONE)

# enums with __new__ and int mix
class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj
    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
print(Coordinate(1), Coordinate.PY.label, Coordinate['PX'].unit)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R + Perm.W, Perm(7), repr(Perm(7)), ~Perm.R, repr(Perm(0)), Perm.R & 4)
print(Perm.__members__.keys(), [m for m in Perm])
class Colors(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Colors.WHITE, repr(~Colors.RED), list(Colors), Colors(0), len(Colors.WHITE), repr(Colors.RED | Colors.GREEN))
print(enum.Enum.__doc__.strip()[:20])
print(Shape.__members__, dir(Shape.CIRCLE)[:5])
x = Enum('x', 'a b', module='mymod', qualname='Q.x')
print(x.__module__, x.__qualname__)
