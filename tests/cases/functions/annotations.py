def f(a: int, b: "str" = "x") -> list:
    return [a, b]
print(f.__annotations__)
def g(x, *args: int, **kw: float): pass
print(g.__annotations__)
def nothing(): pass
print(nothing.__annotations__)
class C:
    x: int
    y: str = "hi"
print(C.__annotations__, C.y)
