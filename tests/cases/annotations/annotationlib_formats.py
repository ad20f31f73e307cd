"""annotationlib: Format, ForwardRef, get_annotations and call_annotate_function in every format."""
import re
def show(*a):
    print(*(re.sub(r" at 0x[0-9a-f]+", "", str(x)) for x in a))
import annotationlib
from annotationlib import Format, ForwardRef, get_annotations, call_annotate_function
show(list(Format), Format.STRING == 4)
def f(x: Undefined, y: int, z: list[Foo.bar] = 3, *a: "str", **k: int | None) -> dict[str, Undef2]: pass
show(get_annotations(f, format=Format.FORWARDREF))
show(get_annotations(f, format=Format.STRING))
try:
    get_annotations(f)
except NameError as e:
    show("NameError", e)
class C:
    a: int
    b: "Later"
    c: list[Missing]
    d: C
show(get_annotations(C, format=Format.FORWARDREF))
show(get_annotations(C, format=Format.STRING))
r = ForwardRef('int')
show(r, r.evaluate(), r == ForwardRef('int'), hash(r) == hash(ForwardRef('int')))
show(ForwardRef('X').evaluate(format=Format.FORWARDREF))
try:
    ForwardRef('X').evaluate()
except NameError as e:
    show("NameError", e)
show(ForwardRef('list[int]').evaluate(), ForwardRef('X').evaluate(format=Format.STRING))
show(annotationlib.type_repr(int), annotationlib.type_repr(ForwardRef), annotationlib.type_repr(...), annotationlib.type_repr(3), annotationlib.type_repr(list[int]))
show(annotationlib.annotations_to_string({'a': int, 'b': 'x', 'c': C}))
ns = {'__annotate__': 1}
show(annotationlib.get_annotate_from_class_namespace(ns), annotationlib.get_annotate_from_class_namespace({}))
show(get_annotations(C.__init__), get_annotations(len))
try:
    get_annotations(3)
except TypeError as e:
    show("TypeError", e)
def g(a: "int", b: "list[str]"): pass
show(get_annotations(g, eval_str=True))
import sys
show(get_annotations(sys.modules[__name__], format=Format.STRING))
x: int = 3
y: Nope
show(get_annotations(sys.modules[__name__], format=Format.FORWARDREF))
try:
    get_annotations(f, format=Format.VALUE_WITH_FAKE_GLOBALS)
except ValueError as e:
    show("ValueError", e)
show(call_annotate_function(C.__annotate__, Format.FORWARDREF))
def h(x: -A + B * 2, y: A.b(c, d=1), z: A[1:2, ...], w: not_there | None): pass
show(get_annotations(h, format=Format.STRING))
show(get_annotations(h, format=Format.FORWARDREF))
try:
    class S(ForwardRef): pass
except TypeError as e:
    show("TypeError", e)
