"""typing.get_type_hints and evaluate_forward_ref with annotationlib formats (VALUE, FORWARDREF, STRING)."""
import typing
from typing import get_type_hints, Optional, List, ForwardRef, evaluate_forward_ref
from annotationlib import Format
class A:
    x: int
    y: "Optional[B]"
    z: List["Undefined"]
class B(A):
    w: "A"
for fmt in (None, Format.FORWARDREF, Format.STRING):
    try:
        print(fmt, get_type_hints(B, format=fmt))
    except Exception as e:
        print(fmt, type(e).__name__, e)
def f(a: "Nope", b: int = 3) -> "A": pass
for fmt in (None, Format.FORWARDREF, Format.STRING):
    try:
        print(fmt, get_type_hints(f, format=fmt))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(evaluate_forward_ref(ForwardRef('List[int]'), globals=globals()))
print(evaluate_forward_ref(ForwardRef('Zzz'), format=Format.FORWARDREF))
print(evaluate_forward_ref(ForwardRef('Zzz'), format=Format.STRING))
try:
    evaluate_forward_ref(ForwardRef('Zzz'))
except NameError as e:
    print("NameError", e)
