"""annotationlib.call_annotate_function with hand-written annotate functions (fake globals accepted or refused)."""
import annotationlib
from annotationlib import Format, call_annotate_function
def ann(format):
    if format > 2:
        raise NotImplementedError
    return {'x': Undefined, 'y': int}
def strict(format):
    if format != 1:
        raise NotImplementedError
    return {'x': Undefined}
for a in (ann, strict):
    for fmt in (Format.FORWARDREF, Format.STRING):
        try:
            print(a.__name__, fmt, call_annotate_function(a, fmt))
        except Exception as e:
            print(a.__name__, fmt, type(e).__name__, e)
print(call_annotate_function(lambda f: {'a': f}, Format.STRING))
try:
    call_annotate_function(ann, 7)
except Exception as e:
    print(type(e).__name__, e)
def good(format):
    return {'v': format}
print(call_annotate_function(good, Format.FORWARDREF), call_annotate_function(good, Format.VALUE))
class W:
    def __call__(self, format):
        if format != 1: raise NotImplementedError
        return {'x': int}
for fmt in (Format.STRING,):
    try:
        print(call_annotate_function(W(), fmt))
    except Exception as e:
        print(type(e).__name__, e)
