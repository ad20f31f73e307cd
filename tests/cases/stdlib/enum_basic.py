from enum import Enum, IntEnum, StrEnum, auto, unique
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], Color.CRIMSON)
print(list(Color), len(Color), Color.__members__)
print(Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(Color.RED in Color, 1 in Color, 5 in Color)
print(repr(Color), type(Color), isinstance(Color.RED, Color))
print(f"{Color.RED}", format(Color.RED, ">12"), "%s" % Color.BLUE)
print(hash(Color.RED) == hash("RED"), Color.RED == 1, Color.RED == Color.RED)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PURPLE']
except KeyError as e:
    print(repr(e))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.RED
except AttributeError as e:
    print(e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), Num.ONE + 1, Num.TWO * 3, f"{Num.TWO:03d}", str(Num.ONE), Num(2))
print(Num.ONE == 1, sorted([Num.TWO, Num.ONE]), isinstance(Num.ONE, int))
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B.upper(), S("bee"), f"{S.A}")
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A))
class G(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    P = auto()
    Q = auto()
print(list(G))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.__module__, Animal.ANT.value)
Animal2 = Enum('Animal2', [('A', 5), ('B', 6)])
print(list(Animal2))
Animal3 = Enum('Animal3', {'X': 'x', 'Y': 'y'})
print(list(Animal3))
Animal4 = Enum('Animal4', ['P', 'Q'], start=10)
print(list(Animal4))
N = IntEnum('N', 'a b')
print(list(N), N.a + 0)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH   = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))
class Shape(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    SQUARE = 2
print(list(Shape))
class Ordinal(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
try:
    class Bad(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(e)
try:
    class Bad2(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    class Bad3(Enum):
        _foo_ = 1
except ValueError as e:
    print(e)
class M(Enum):
    A = enum.member(7)
    B = enum.nonmember(3)
    C = 4
print(list(M), M.B)
print(dir(Color))
print(dir(Color.RED))
print(list(reversed(Color)), bool(Color), Color.RED.__class__)
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'a':
            return cls.A
        if value == 'bad':
            return 5
print(Missing('a'))
try:
    Missing('bad')
except TypeError as e:
    print(e, repr(e.__context__))
try:
    Enum('x')
except TypeError as e:
    print(e)
print(Color.RED.__reduce_ex__(2), type(Color.__members__).__name__)
print(Color._member_names_, Color._value2member_map_)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
