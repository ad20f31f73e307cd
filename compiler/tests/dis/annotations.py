"""Module annotations: __annotate__ is stored first; every module annotation is conditional."""
x: int
y: str = "hi"
if cond:
    z: float
a.b: int
a[0]: int = 5
a[1:2, 3]: int


def f(a: int, /, b: "str" = "x", *args: float, c: bool = True, **kw: bytes) -> list:
    v: int = 1
    return [a, b]


def g(*args: *Ts): pass


class C:
    x: int
    __private: str = "p"
    if cond:
        z: float
    try:
        pass
    finally:
        w: bytes

    def m(self, other: C) -> None:
        pass
