from __future__ import annotations
x: list[int]
def f(a: x[1:2], *, b: (lambda: 0) = None) -> f'{a!r}': pass
class C:
    y: C
    if cond:
        w: int
