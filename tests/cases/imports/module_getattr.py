import _helper_getattr as m
print(m.real, m.lazy_value, getattr(m, "lazy_x"), dir(m))
try:
    m.other
except AttributeError as e:
    print(e)
from _helper_getattr import lazy_imported
print(lazy_imported)
