# The node classes: fields, defaults, constructor errors, reprs, docs, singletons, flags.
import ast

print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_OPTIMIZED_AST)
print(ast.Name._fields, ast.Name.__match_args__, ast.Name._attributes, ast.arguments._attributes)
print(ast.Name.__mro__)
print(ast.Name._field_types, ast.ImportFrom._field_types)
print(ast.FunctionDef._field_types)
print(ast.Name.__doc__)
print(ast.stmt.__doc__)
print(ast.expr_context.__doc__, ast.Load.__doc__, ast.Dict.__doc__, ast.arguments.__doc__)
print(ast.AST._fields, ast.AST._attributes, ast.Name.end_lineno, ast.arguments.vararg)
print(issubclass(ast.BinOp, ast.expr), isinstance(ast.Add(), ast.operator), ast.Load() is ast.Load())
t = ast.parse("x = y")
print(t.body[0].targets[0].ctx is ast.parse("z = 1").body[0].targets[0].ctx)
print(type(t.body[0].value.ctx).__name__)

n = ast.Name('x')
print(n.id, n.ctx, sorted(n.__dict__))
print(sorted(ast.arguments().__dict__.items()))
print(ast.ImportFrom(module='m', names=[]).level)
print(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)).op)
for make in (lambda: ast.Name('a', 'b', 'c'), lambda: ast.Name('a', id='b'), lambda: ast.AST(1), lambda: ast.Return(1, 2)):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)

print(repr(ast.parse("def f(a, b=1):\n    return [1, 2, 3, 4, 5] + g(x)(y)\nx = 1\ny = 2\n")))
print(repr(ast.List(elts=[ast.Constant(1)] * 5)))
print(repr(ast.Load()))

class MyNode(ast.AST):
    _fields = ('a', 'b')
print(MyNode(1, 2).__dict__, MyNode(1).__dict__)

import copy
c = copy.deepcopy(t)
print(ast.dump(c), c is not t, c.body[0] is not t.body[0])
r = copy.replace(t.body[0].value, id='w')
print(ast.dump(r), r.lineno)

match ast.parse("a + 1", mode="eval").body:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(value)):
        print("matched", id, value)
