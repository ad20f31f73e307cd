# obj.__class__ = C: what is allowed, and CPython's messages for what is refused.
import types

def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.x = 1
attempt(a, B)
print(a.who(), a.x, isinstance(a, B), isinstance(a, A), type(a) is B)
attempt(a, A)
print(a.who())

# Not a class.
attempt(a, 1)
attempt(a, "B")
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)

# Immutable types on either side.
attempt(a, int)
attempt(a, object)
attempt(1, A)
attempt(object(), A)
attempt([], A)

# Slots.
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
class S4:
    __slots__ = ("x", "y")
class S5(S1):
    __slots__ = ("y",)
class E:
    __slots__ = ()
s = S1()
s.x = 5
attempt(s, S2)
print(s.x)
attempt(s, S3)
attempt(s, A)
attempt(a, S1)
attempt(S5(), S4)
attempt(E(), A)
attempt(a, E)

# Subclasses keep the base's layout.
class A2(A):
    pass
attempt(a, A2)
print(a.who())

# Built-in bases.
class L1(list):
    pass
class L2(list):
    pass
class D1(dict):
    pass
lst = L1([1, 2])
attempt(lst, L2)
print(lst, type(lst).__name__)
attempt(lst, D1)
attempt(lst, A)
attempt(a, L1)

class X1(Exception):
    pass
class X2(Exception):
    pass
class V1(ValueError):
    pass
class O1(OSError):
    pass
x = X1("m")
attempt(x, X2)
print(repr(x))
attempt(x, V1)
attempt(x, O1)
attempt(x, A)

# Modules.
class M(types.ModuleType):
    def hello(self):
        return "hello from " + self.__name__
m = types.ModuleType("mod")
attempt(m, M)
print(m.hello())
attempt(m, types.ModuleType)
attempt(m, A)
attempt(a, M)

# A class whose instances change class from a method.
class State:
    def step(self):
        self.__class__ = Other
        return "state"
class Other:
    def step(self):
        self.__class__ = State
        return "other"
o = State()
print([o.step() for _ in range(4)])

# __class__ of a class: its metaclass.
class Meta(type):
    pass
class Meta2(type):
    pass
class C(metaclass=Meta):
    pass
attempt(C, Meta2)
print(type(C).__name__)
attempt(C, type)
