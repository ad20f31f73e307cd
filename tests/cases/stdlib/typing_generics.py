from typing import *
import typing
def e(f):
    try: r = f(); print("ok", r)
    except Exception as ex: print(type(ex).__name__, ex)
T = TypeVar('T'); Ts = TypeVarTuple('Ts'); P = ParamSpec('P')
print(Unpack[Ts], Tuple[Unpack[Ts]], Tuple[int, Unpack[Ts]])
print(Generic[T], Protocol[T])
e(lambda: Generic[int])
e(lambda: Protocol[int])
class A(Generic[T]):
    pass
class B(A[int]): pass
print(B.__orig_bases__, B.__parameters__, A[str]().__orig_class__)
class LL(List[T]): pass
print(LL[int], LL.__orig_bases__)
print(Callable[[int, str], None], Callable[[], None])
print(Optional[Callable[..., int]])
print(Union[int, str] | None, None | Union[int, str])
print(ClassVar[List[int]], Final[Dict[str, T]][int])
print(Annotated[List[T], "x"][int])
print(typing.Text, typing.AnyStr.__constraints__)
print(IO[bytes], TextIO.__mro__)
e(lambda: Literal[1] | Literal[2])
e(lambda: Literal[1, 2].__args__)
print(Literal["a", "b"] | None)
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], Sized2), isinstance(1, Sized2), issubclass(list, Sized2), issubclass(int, Sized2))
print(isinstance([], Iterable), isinstance({}, Mapping), issubclass(dict, MutableMapping), isinstance(3, Hashable), isinstance([], Hashable))
e(lambda: isinstance([], Iterable[int]))
print(typing.get_type_hints(typing.NamedTuple('NT', [('a', int)])))
print(repr(NoDefault), TypeAliasType('X', int))
type Alias = list[int]
print(Alias, Alias.__value__, get_origin(Alias[int]) if False else '')
print(Sequence[int].__origin__, MutableMapping.__origin__, Dict.__origin__, Type.__origin__)
print(List is list, List == list, List[int] == list[int])
print(Counter[str](), dict(Dict))  if False else None
e(lambda: List())
e(lambda: Deque())
e(lambda: DefaultDict(int))
e(lambda: Counter("abca"))
e(lambda: Tuple())
e(lambda: Callable())
print(Any.__module__, Any.__doc__ is not None, type(Any).__name__)
