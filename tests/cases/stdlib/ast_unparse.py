# ast.unparse: precedence and parentheses, statements, strings, and round trips.
import ast

SOURCES = [
    "a + b * c", "(a + b) * c", "a ** b ** c", "(a ** b) ** c", "-a ** b", "(-a) ** b",
    "not a and b or c", "a and (b or c)", "a and b and c", "a and (b and c)", "(a and b) and c",
    "x if y else z", "(x if y else z) if w else v", "lambda: 0", "lambda x, *y, z=1, **w: x",
    "f(*a, k=1, **kw)", "a[1:2, ::3]", "a[b, c]", "a[(b, c)]", "a[()]", "(1,)", "()", "1 .real",
    "a < b < c", "(a < b) < c", "not (a == b)", "a if b else (yield)", "[x for x in y if x for z in w]",
    "{k: v for k, v in d.items()}", "{*a, *b}", "{**a, 'b': 1}", "(x := 1)", "f(x := 1)",
    "await x", "-(-x)", "~x | y & z ^ w", "a @ b // c % d", "a << 1 >> 2",
    "'it''s'", '"q\\"uote"', "b'\\x00'", "1e400", "-1e400j", "f'{a!r:>{w}} {{x}}'", "f'{x}\\n'",
    "u'x'", "...", "a.b.c()", "x[1](2).y",
]
for src in SOURCES:
    tree = ast.parse(src)
    print(src, '=>', ast.unparse(tree))

PROGRAM = '''
"""Doc with "quotes" and \\\\ backslash."""
import os, sys as system
from . import x
from ..a import (b as c, d)

@decorator(arg)
class C(Base, metaclass=Meta):
    """Class doc."""
    x: int = 1
    (y): str

    async def m[T](self, a, /, b=2, *args, c, d=4, **kw) -> T:
        global g
        async with a as b, c:
            async for i in j:
                await i
        return (yield)

def f():
    nonlocal_ = 1
    try:
        pass
    except ValueError as e:
        raise TypeError('x') from e
    else:
        pass
    finally:
        del a, b[1]
    try:
        pass
    except* OSError:
        pass
    while x:
        break
    else:
        continue
    if a:
        pass
    elif b:
        pass
    else:
        assert c, 'msg'
    match p:
        case [1, 2, *rest] if rest:
            pass
        case {'k': v, **others}:
            pass
        case Point(x=0, y=_) | None:
            pass
        case (1 | 2) as q:
            pass
    type Alias[K, *Ts, **P] = dict[K, int]
    x += 1
    a = b = c
'''
tree = ast.parse(PROGRAM)
out = ast.unparse(tree)
print(out)
print(ast.dump(ast.parse(out)) == ast.dump(tree))
