"""types.FunctionType(code, globals, ...) and types.CellType: functions made at run time,
including with a dict-subclass globals whose __missing__ supplies names (as annotationlib does)."""
import types

def template(a, b=2):
    return (a, b, known, len)

class Globals(dict):
    def __missing__(self, key):
        return f"<missing {key}>"

f = types.FunctionType(template.__code__, Globals())
print(f.__name__, f.__qualname__, f(1, 2))
f = types.FunctionType(template.__code__, {'known': 'yes'}, 'renamed', (10, 20))
print(f.__name__, f(), f.__defaults__)
print(types.FunctionType(template.__code__, Globals({"known": 1}))(0, 0))

class Raising(dict):
    def __missing__(self, key):
        raise LookupError(key)
try:
    types.FunctionType(template.__code__, Raising())(1, 1)
except LookupError as e:
    print("LookupError", e)

def outer():
    x = 1
    def inner():
        return x
    return inner
inner = outer()
g = types.FunctionType(inner.__code__, {}, None, None, (types.CellType(42),))
print(g())
empty = types.FunctionType(inner.__code__, {}, None, None, (types.CellType(),))
try:
    empty()
except NameError as e:
    print("NameError", e)
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("ValueError", e)
print(types.CellType([1]).cell_contents)

for args in [(template.__code__, 3), (3, {}), (inner.__code__, {}), (inner.__code__, {}, None, None, ()),
             (template.__code__, {}, 5), (template.__code__, {}, None, [1]), (inner.__code__, {}, None, None, (1,)),
             (inner.__code__, {}, None, None, [c]), (template.__code__, {}, None, None, (c,))]:
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args, kwargs in [((1, 2), {}), ((), {'a': 1})]:
    try:
        types.CellType(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
