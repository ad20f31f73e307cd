import typing, types
from typing import *
print(typing.Union is types.UnionType, repr(typing.Union))
print(Union[int, str], Union[int], Optional[int], Union[int, "str"], Union[int, List[int]])
print(type(Union[int, List[int]]), Union[int, List[int]].__args__)
print(int | List[int], List[int] | int, Optional[List[int]])
try: Union[()]
except TypeError as e: print(e)
try: Union[1]
except TypeError as e: print(e)
print(Union[int, 1] if False else '')
print(Any, repr(Any), type(Any), NoReturn, Never, Self, LiteralString, ClassVar, Final, ClassVar[int], Final[int])
print(List, List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Callable[[int], str], Callable[..., int], Type[int], Set[int], FrozenSet[int])
print(Literal[1, 'a', None], Annotated[int, "meta"], TypeGuard[int], TypeIs[int], Required[int], NotRequired[int], ReadOnly[int], Unpack[Tuple[int]])
print(Iterable[int], Mapping[str, int], Sequence, Callable, Tuple, Generator[int, None, None], AsyncIterator[int], Awaitable[int], Coroutine[int, int, int], ContextManager[int], Pattern, Match[str], DefaultDict[str, int], OrderedDict[int, int], Counter[int], ChainMap[int, int], Deque[int])
T = TypeVar('T'); P = ParamSpec('P')
print(List[T], Dict[str, T][int], Callable[P, T], Concatenate[int, P], Callable[Concatenate[int, P], T])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Literal[1]), get_args(Callable[[int], str]), get_origin(int | str), get_args(Annotated[int, 'x']), get_origin(Annotated[int,'x']))
print(AnyStr, type(AnyStr), Hashable, Sized, SupportsInt, SupportsAbs[int], IO, TextIO, BinaryIO, IO[str])
print(TYPE_CHECKING, NewType('UserId', int), cast(int, 'x'))
UserId = NewType('UserId', int); print(UserId(5), UserId.__name__, UserId.__supertype__, repr(UserId))
