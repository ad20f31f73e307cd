# Walking and editing trees: visitors, transformers, locations, docstrings, source segments,
# literal_eval.
import ast

src = '''"""Module doc."""
def f(x):
    """  Function doc.

        indented
    """
    return x * 2 + y

class C:
    pass
'''
tree = ast.parse(src)

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)
v = Names()
v.visit(tree)
print(v.seen)

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
    def visit_ClassDef(self, node):
        return None
t2 = ast.fix_missing_locations(Doubler().visit(ast.parse(src)))
print(ast.dump(t2, include_attributes=True))

class Splitter(ast.NodeTransformer):
    def visit_Expr(self, node):
        return [node, ast.Pass()]
t3 = Splitter().visit(ast.parse("a\nb"))
print(ast.dump(t3))

print(sorted(type(n).__name__ for n in ast.walk(tree)))
print(list(ast.iter_fields(tree.body[1].body[1])))
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[1])])
print(repr(ast.get_docstring(tree)), repr(ast.get_docstring(tree.body[1])))
print(repr(ast.get_docstring(tree.body[1], clean=False)), ast.get_docstring(tree.body[2]))
try:
    ast.get_docstring(tree.body[1].body[1])
except TypeError as e:
    print(e)

ast.increment_lineno(tree, 3)
print(tree.body[1].lineno, tree.body[1].end_lineno, tree.body[1].body[1].value.lineno)

s = "x = [1,\n     2]  # c\nif ok:\n    y = 'é' + z\n"
st = ast.parse(s)
for node in ast.walk(st):
    if isinstance(node, (ast.expr, ast.stmt)):
        print(type(node).__name__, repr(ast.get_source_segment(s, node)), repr(ast.get_source_segment(s, node, padded=True)))
print(ast.get_source_segment(s, ast.Name('q')))

for text in ["1", "-2.5", "1+2j", "'s'", "b'b'", "(1, [2, {3: 4}], {5})", "set()", "None", "True", " \t-1", "...", "{'a': -1 - 2j}"]:
    print(repr(ast.literal_eval(text)))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
for bad in ["x", "1 + 1", "f()", "[1, y]", "-'a'", "{**x}", "2j + 1", "a.b"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print('SyntaxError:', e.msg)

print(ast.compare(ast.parse("a + b"), ast.parse("a  +  b")), ast.compare(ast.parse("a"), ast.parse("b")))
print(ast.compare(ast.parse("a"), ast.parse("\na"), compare_attributes=True))
