# sys._jit (3.14): a namespace module, not importable as a submodule; ophis has no JIT, so
# only is_enabled()/is_active() are printed (the reference build may have one available).
import sys

j = sys._jit
print(type(j).__name__, j.__name__, j.__doc__)
print(sorted(n for n in dir(j) if not n.startswith('__')))
print(j.is_enabled(), j.is_active(), type(j.is_available()).__name__)
print(repr(j.is_available), repr(j.is_active))
print('sys._jit' in sys.modules)
try:
    import sys._jit
except ImportError as e:
    print(type(e).__name__, e)
for f in (j.is_available, j.is_enabled, j.is_active):
    try:
        f(1)
    except TypeError as e:
        print(e)
