"""annotationlib on a class whose annotations use names its body defined."""
from annotationlib import get_annotations, Format
class C:
    T = int
    x: T
    y: list[T]
    z: Later
print(get_annotations(C, format=Format.STRING))
print(get_annotations(C, format=Format.FORWARDREF))
