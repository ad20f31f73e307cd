from typing import *
import typing, sys
def e(f):
    try: r = f(); print("ok", r)
    except Exception as ex: print(type(ex).__name__, ex)
class Node:
    val: int
    next: "Node | None"
    items: List["Node"]
    meta: Annotated[int, "m"]
    cv: ClassVar[int] = 3
def f(a: int, b: "str" = "x", *args: "Node", c: Optional["Node"] = None) -> "List[int]": pass
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['meta'])
print(get_type_hints(f))
class Sub(Node):
    extra: Dict[str, "int"]
print(list(get_type_hints(Sub)))
print(get_type_hints(Sub)['extra'])
e(lambda: get_type_hints(lambda x: x))
def g(x: "Undefined"): pass
e(lambda: get_type_hints(g))
@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x): return x
print(len(get_overloads(h)), h(3))
e(lambda: get_overloads(h)[0](1))
@final
class FC: pass
print(FC.__final__)
class Base:
    def m(self): pass
class Der(Base):
    @override
    def m(self): pass
print(Der.m.__override__)
@no_type_check
def nt(x: int): pass
print(nt.__no_type_check__, get_type_hints(nt))
e(lambda: assert_never(1))
e(lambda: assert_never("x" * 200))
print(assert_type(5, int))
@dataclass_transform(kw_only_default=True)
def deco(cls): return cls
print(deco.__dataclass_transform__)
print(cast("List[int]", [1]), cast(int, 2))
T = TypeVar('T')
print(get_args(Callable[..., int]), get_args(Callable[[], int]), get_args(Tuple[()]), get_args(Tuple[int, ...]), get_args(int))
print(get_origin(Callable[[int], str]), get_origin(List), get_origin(Generic), get_origin(Generic[T]), get_origin(ClassVar[int]), get_origin(int), get_origin(list[int]))
class G(Generic[T]): pass
print(get_origin(G[int]), get_args(G[int]), G[int])
class LL(List[T]): pass
print(LL.__mro__, LL.__parameters__, LL[int])
class DD(Dict[str, int]): pass
print(DD.__mro__, DD.__orig_bases__)
print(List[int] | None, Union[List[int], int] == Union[int, List[int]])
print(Optional[T][int], Union[T, List[T]][str], List[T][int], Dict[T, List[T]][str])
print(repr(Literal[True]), Literal[1] == Literal[True], Literal[1] == Literal[1])
print(Callable[[T], T][int], Callable[..., T][str])
P = ParamSpec('P')
print(Callable[P, int][[str, bool]], Callable[Concatenate[int, P], int][[str]])
print(Type[T][int], Tuple[T, ...][int], Tuple[T, str][int])
print(get_type_hints(Node)['cv'])
import types
print(get_type_hints(types.ModuleType('mm')))
print(ForwardRef('x'), ForwardRef('x') == ForwardRef('x'), ForwardRef('x', module='m'))
