# Module annotations: __annotate__ is stored before the body runs; __annotations__ is cached.
import sys
import _annotated_module, _plain_module
print(__annotate__.__qualname__)
print(_annotated_module.__annotations__, _annotated_module.__annotate__.__qualname__)
print(sorted(k for k in vars(_annotated_module) if 'annot' in k))
print(sorted(_annotated_module.__conditional_annotations__))
print(_plain_module.__annotations__, _plain_module.__annotate__)
print(sorted(k for k in vars(_plain_module) if 'annot' in k))

me = sys.modules[__name__]
first: list
print(me.__annotations__)
print(__annotate__(1))
second: dict
print(me.__annotations__)
print(__annotate__(1))

_annotated_module.__annotations__ = {'new': 1}
print(_annotated_module.__annotations__, _annotated_module.__annotate__)
del _annotated_module.__annotations__
print(sorted(k for k in vars(_annotated_module) if 'annot' in k))
try:
    del _annotated_module.__annotations__
except AttributeError as e:
    print(repr(e))
_plain_module.__annotate__ = lambda fmt: {'p': fmt}
print(_plain_module.__annotations__)
try:
    _plain_module.__annotate__ = 1
except TypeError as e:
    print(e)
try:
    del _plain_module.__annotate__
except TypeError as e:
    print(e)
