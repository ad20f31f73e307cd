from __future__ import annotations
import functools, typing, weakref
from typing import Protocol, TypedDict, NamedTuple, Generic, TypeVar, Iterator, Callable, Optional, Union, get_type_hints

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

s = Stack[int]()
s.push(1); s.push(2)
print(list(s), s.__orig_class__, get_type_hints(Stack.push), get_type_hints(Stack.__iter__))

@functools.singledispatch
def show(x) -> str:
    return "object"
@show.register
def _(x: int) -> str:
    return "int"
@show.register
def _(x: list) -> str:
    return "list"
print(show(1), show([1]), show("s"))

class Config(TypedDict, total=False):
    name: str
    retries: int
print(get_type_hints(Config), Config.__optional_keys__ == {'name', 'retries'})

class Pair(NamedTuple):
    left: int
    right: Optional[Pair] = None
p = Pair(1, Pair(2))
print(p, get_type_hints(Pair))

class SupportsClose(Protocol):
    def close(self) -> None: ...

def close_all(things: list[SupportsClose]) -> int:
    return len(things)
print(get_type_hints(close_all))

class Observer:
    def __init__(self, name): self.name = name
    def notify(self, event): print(self.name, "got", event)

class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()
    def attach(self, o): self._observers.add(o)
    def emit(self, e):
        for o in sorted(self._observers, key=lambda o: o.name):
            o.notify(e)

subj = Subject()
a, b = Observer("a"), Observer("b")
subj.attach(a); subj.attach(b)
subj.emit(1)
del a
subj.emit(2)

class Memo:
    _cache = weakref.WeakKeyDictionary()
    @classmethod
    def value(cls, obj):
        if obj not in cls._cache:
            cls._cache[obj] = len(cls._cache) + 1
        return cls._cache[obj]
x, y = Observer("x"), Observer("y")
print(Memo.value(x), Memo.value(y), Memo.value(x), len(Memo._cache))
del x
print(len(Memo._cache))
m = weakref.WeakMethod(y.notify)
m()("hello")
del y
print(m())
