from __future__ import annotations
# PEP 563: annotations become strings, written back from the AST.
import sys
x: int
y: list[int] = []
a = {}
a['k']: int = 1
def f(a: int, *args: tuple[int, ...], b: "str" = "", **kw: dict[str, int]) -> None | int: pass
print(f.__annotations__)
print(f.__annotate__.__qualname__, f.__annotate__(1) == f.__annotations__)
class C:
    z: C
    if len(sys.argv) > 5:
        w: int
    def m(self, other: C) -> C: pass
print(C.__annotations__, C.m.__annotations__, C.__annotate__)
print(__annotations__)
print(sys.modules[__name__].__annotations__, sys.modules[__name__].__annotate__)
def g():
    local: undefined = 5
    return local
print(g(), g.__annotations__)

def exprs(
    a: x[1:2, ::3],
    b: (lambda *args, k=1: 0),
    c: f'{x!r:>{10}}' + "q'uote",
    d: -1 ** -2 if not a else {**a, 'k': [i for i in a if i]},
    e: 1e400 + 1j,
    g: Callable[[int, str], Awaitable[None]],
) -> x.y.z[...]: pass
for k, v in exprs.__annotations__.items():
    print(k, v)

import __future__
print(__future__.annotations, __future__.annotations.compiler_flag)
print(__future__.all_feature_names)
