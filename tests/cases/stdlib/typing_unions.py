import typing
from typing import *
T = TypeVar('T')
def e(f):
    try: r = f(); print("ok", r)
    except Exception as ex: print(type(ex).__name__, ex)
e(lambda: (int | str).__origin__)
e(lambda: (int | str).__parameters__)
e(lambda: (int | T).__parameters__)
e(lambda: (int | T)[str])
e(lambda: (int | list[T])[str])
e(lambda: (int | List[T])[str])
e(lambda: (int | str)[int])
e(lambda: hash(int | str) == hash(str | int))
e(lambda: (int | str) == (str | int))
e(lambda: Union[int, str, int])
e(lambda: Union[int, Union[str, bytes]])
e(lambda: Optional[Union[int, None]])
e(lambda: isinstance(1, int | str))
e(lambda: isinstance(1, Optional[str]))
e(lambda: issubclass(bool, int | None))
e(lambda: int | "str")
e(lambda: Union[int, "str"].__args__)
e(lambda: get_args(Optional[int]))
e(lambda: get_origin(Optional[int]) is Union)
e(lambda: Union[int] is int)
e(lambda: type(int | str)())
K = TypeVar('K'); P = ParamSpec('P')
import collections.abc
for f in [lambda: list[int][int], lambda: list[T][int, str], lambda: dict[K, list[T]][str, int], lambda: dict[T, T][int], lambda: tuple[T, ...][int], lambda: collections.abc.Callable[[T], T][int], lambda: dict[K,T][int],
          lambda: Dict[K,T][int], lambda: List[T][int, str], lambda: (K | T)[int], lambda: (K|T)[int, str, bytes], lambda: Callable[[K], T][int], lambda: Dict[K, T][int, str, bytes], lambda: list[T] | None, lambda: (list[T] | None)[int]]:
    e(f)
