class C:
    pass
for expr in (lambda: C().missing, lambda: C.missing, lambda: (1).foo, lambda: "s".appendx, lambda: None.x,
             lambda: [].push, lambda: {}.has_key, lambda: type.nope, lambda: (lambda: 0).zz):
    try:
        expr()
    except AttributeError as e:
        print(e)
try:
    C().missing
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
import sys
try:
    sys.nonexistent
except AttributeError as e:
    print(e)
