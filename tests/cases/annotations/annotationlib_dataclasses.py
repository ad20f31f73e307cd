"""dataclasses and typing on annotationlib: forward references to undefined names in fields."""
import re
def show(*a):
    print(*(re.sub(r" at 0x[0-9a-f]+", "", str(x)) for x in a))
from dataclasses import dataclass, fields
import annotationlib
@dataclass
class D:
    a: int
    b: Undefined
    c: list[Later] = None
show([ (f.name, f.type) for f in fields(D)])
for fmt in (1, 2, 3, 4):
    try:
        print(fmt, D.__init__.__annotate__(fmt))
    except Exception as e:
        print(fmt, type(e).__name__, e)
show(annotationlib.get_annotations(D.__init__, format=annotationlib.Format.STRING))
show(annotationlib.get_annotations(D.__init__, format=annotationlib.Format.FORWARDREF))
@dataclass
class E:
    x: int
    y: "str" = "a"
show(E(1), E.__init__.__annotations__)
show(annotationlib.get_annotations(E.__init__, format=annotationlib.Format.STRING))
import typing
show(typing.ForwardRef is annotationlib.ForwardRef, typing.ForwardRef('X'), typing.ForwardRef.__module__)
show(typing.get_type_hints(E.__init__))
show(typing.List['Later'], typing.Optional['Q'])
class Later: pass
show(D.__init__.__annotate__(3)['c'], fields(D)[2].type.__args__[0].evaluate())
