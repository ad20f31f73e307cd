from typing import *
import typing
def e(f):
    try: r = f(); print("ok", r)
    except Exception as ex: print(type(ex).__name__, ex)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
class HasX(Protocol):
    x: int
    def meth(self) -> int: ...
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
e(lambda: isinstance(F(), HasX))
print(sorted(get_protocol_members(HasX)), is_protocol(HasX), is_protocol(int), is_protocol(Protocol))
e(lambda: HasX())
@runtime_checkable
class PX(Protocol):
    x: int
class WithX:
    def __init__(self): self.x = 1
print(isinstance(WithX(), PX), isinstance(F(), PX))
e(lambda: issubclass(WithX, PX))
class Impl(HasX):
    x = 3
    def meth(self): return 1
print(Impl().meth(), Impl.x)
T = TypeVar('T')
class Box(Protocol[T]):
    def get(self) -> T: ...
print(Box[int], Box.__parameters__)
print(isinstance(1.5, SupportsFloat), isinstance("x", SupportsInt), isinstance(3, SupportsIndex), isinstance(2, SupportsAbs))
e(lambda: runtime_checkable(int))
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = Point(1)
print(p, p.norm(), Point._fields, Point._field_defaults, Point.__annotations__, Point(2, 3)._asdict())
print(type(p).__mro__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp.__module__)
e(lambda: NamedTuple('X', x=int))
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as ex: print(ex)
class Movie(TypedDict):
    name: str
    year: int
class M2(Movie, total=False):
    extra: bool
    req: Required[int]
m = Movie(name='x', year=1)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'}, sorted(M2.__required_keys__), sorted(M2.__optional_keys__), M2.__total__, Movie.__annotations__)
e(lambda: isinstance(m, Movie))
TD = TypedDict('TD', {'a': int, 'b': NotRequired[str]}, total=True)
print(TD.__name__, sorted(TD.__required_keys__), sorted(TD.__optional_keys__), is_typeddict(TD), is_typeddict(dict), TD.__module__)
class RO(TypedDict):
    a: ReadOnly[int]
    b: int
print(sorted(RO.__readonly_keys__), sorted(RO.__mutable_keys__))
print(Movie.__mro__, Movie.__orig_bases__ == (TypedDict,))
