# ast.parse and ast.dump over many constructs, with every dump option.
import ast

SOURCES = [
    "x = 1 + 2 * 3 ** -4",
    "import a.b as c\nfrom .. import (x, y as z)",
    "@d\nasync def f[T: int = str, *Ts, **P](a, /, b=1, *c, d, e=2, **g) -> r:\n    '''doc'''\n    global q\n    x: int = yield from await g(*a, k=1, **kw)\n    return {1: 2, **m}, [i async for i in j if i], lambda: (yield)",
    "class C(B, metaclass=M):\n    match p:\n        case [1, *r] | {'k': v, **kw} | Point(x=0) as q if q: pass\n        case None: del a[1:2, ::3]",
    "try:\n    raise E from F\nexcept* (A, B) as e:\n    x += 1; assert x, 'm'\nfinally:\n    while not a < b <= c: break",
    "with open(f) as (a, b), g: f'{x!r:>{w}} {y=}'",
    "type A[T] = list[T]\nprint(-1.5j, b'\\x00', ..., u'u', 10**100, x if y else z, (w := 3))",
    "for i, j in enumerate(k):\n    continue\nelse:\n    pass",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    x = {1, 2}; y = {k: v for k, v in z}; w = (a for a in b)",
    "nonlocal_ = 'é'; s = 'a' 'b'; t = t'{x}'",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, indent=2, include_attributes=True))
    print(ast.dump(tree, annotate_fields=False, show_empty=True))
    print(ast.dump(tree, indent='\t'))

print(ast.dump(ast.parse("x + 1", mode="eval"), indent=1))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("x = 1  # type: int", type_comments=True)))
print(ast.dump(ast.Name(id='x'), annotate_fields=False))
print(ast.dump(ast.FunctionDef(name='f', args=ast.arguments()), annotate_fields=False))
print(ast.dump(ast.Constant(value=None)))
print(ast.dump(compile("a.b[c]", "<s>", "eval", ast.PyCF_ONLY_AST)))
try:
    ast.dump("x")
except TypeError as e:
    print(e)
try:
    ast.parse("x = (")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
print(ast.dump(ast.parse("return 1")))
