from typing import *
T = TypeVar('T')
def e(f):
    try: r = f(); print("ok", r)
    except Exception as ex: print(type(ex).__name__, ex)
class Box(Generic[T]):
    def get(self) -> T: ...
    def me(self) -> Self: ...
class Tree[V]:
    left: "Tree[V] | None"
    value: V
e(lambda: List[Box[int]])
e(lambda: Optional[Box[int]])
e(lambda: Callable[[Box[T]], T][int])
e(lambda: Dict[str, Box[T]][bytes])
e(lambda: get_type_hints(Box.me))
e(lambda: get_type_hints(Tree))
class GTD(TypedDict, Generic[T]):
    item: T
e(lambda: GTD[int])
e(lambda: GTD.__parameters__)
e(lambda: GTD(item=1))
class GNT(NamedTuple, Generic[T]):
    item: T
e(lambda: GNT[int])
e(lambda: GNT(1))
e(lambda: GNT.__mro__)
type IntList = list[int]
e(lambda: List[IntList])
e(lambda: IntList | None)
e(lambda: Optional[IntList])
def f(x: IntList, y: Box[int] | None) -> Tree[int]: ...
e(lambda: get_type_hints(f))
e(lambda: Annotated[Box[int], "a"])
e(lambda: get_args(Annotated[Box[int], "a"]))
