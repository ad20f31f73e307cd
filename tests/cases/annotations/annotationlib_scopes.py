"""annotationlib: closures (unbound free variables), type parameters, wrapped callables, classes, ForwardRef.evaluate."""
import re
def show(*a):
    print(*(re.sub(r" at 0x[0-9a-f]+", "", str(x)) for x in a))
import annotationlib, functools
from annotationlib import Format, get_annotations
def outer():
    def f(x: T, y: U): pass
    try:
        r = get_annotations(f, format=Format.FORWARDREF)
    except Exception as e:
        r = (type(e).__name__, str(e))
    s = get_annotations(f, format=Format.STRING)
    T = int; U = str
    return r, s, get_annotations(f)
try:
    show(outer())
except Exception as e:
    show(type(e).__name__, e)
def g[T](x: T, y: Missing[T]) -> T: pass
show({k: str(v) for k, v in get_annotations(g, format=Format.FORWARDREF).items()})
show(get_annotations(g, format=Format.STRING))
@functools.wraps(g)
def w(*a): pass
show(get_annotations(w, format=Format.STRING))
p = functools.partial(g, 1)
try:
    show(get_annotations(p))
except Exception as e:
    show(type(e).__name__, e)
class M(type): pass
class K(metaclass=M):
    a: "int"
    b: list["str"]
show(get_annotations(K, eval_str=True), get_annotations(K, format=Format.STRING))
class Sub(K): pass
show(get_annotations(Sub), get_annotations(Sub, format=Format.STRING))
ref = annotationlib.ForwardRef('A | int')
show(ref.evaluate(format=Format.FORWARDREF), ref.evaluate(globals={'A': str}))
show(repr(annotationlib.ForwardRef('x', module='m', is_class=True)))
try:
    annotationlib.ForwardRef(3)
except TypeError as e:
    show(e)
show(Format.FORWARDREF.name, Format(4), int(Format.VALUE_WITH_FAKE_GLOBALS))
