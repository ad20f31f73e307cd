from typing import *
import typing
from collections.abc import Callable as ABCCallable
def e(f):
    try: r = f(); print("ok", r)
    except Exception as ex: print(type(ex).__name__, ex)
UserId = NewType('UserId', int)
try:
    class AdminUserId(UserId): pass
except TypeError as ex:
    print(ex)
ProUserId = NewType('ProUserId', UserId)
print(ProUserId(UserId(5)), ProUserId.__supertype__, UserId | None, Optional[UserId])
P = ParamSpec('P'); R = TypeVar('R')
def add_logging(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(*args, **kwargs)
    return inner
@add_logging
def add_two(x: float, y: float) -> float:
    return x + y
print(add_two(1, 2), get_type_hints(add_logging))
def with_request(f: Callable[Concatenate[int, P], R]) -> Callable[P, R]: ...
print(get_type_hints(with_request))
print(P.args, P.kwargs, get_origin(P.args))
Vector = list[float]
def scale(scalar: float, vector: Vector) -> Vector:
    return [scalar * num for num in vector]
print(scale(2.0, [1.0, -4.2]), get_type_hints(scale))
def is_str_list(val: list[object]) -> TypeGuard[list[str]]: ...
print(get_type_hints(is_str_list))
class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self
print(get_type_hints(Shape.set_scale))
e(lambda: Final[int] | None)
e(lambda: ClassVar[int] | int)
e(lambda: Literal[1] | int)
e(lambda: typing.Callable[[int], str] == ABCCallable[[int], str])
e(lambda: get_args(ABCCallable[[int], str]))
e(lambda: List[int] == typing.List[int])
e(lambda: Any | None)
e(lambda: Optional[Any])
e(lambda: Union[Any, int])
e(lambda: isinstance(Any, type))
e(lambda: issubclass(Any, object))
e(lambda: Never | int)
for f in [lambda: Union[int, (1,2)], lambda: Union[ClassVar[int], int], lambda: Union[int, ClassVar], lambda: Union[int, 1], lambda: Union[Generic, int], lambda: Union[int, 'str']]:
    e(f)
