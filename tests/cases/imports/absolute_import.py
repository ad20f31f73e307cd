import _helper_mod
import _helper_mod as hm
from _helper_mod import double, VALUE as V
print(_helper_mod.VALUE, hm is _helper_mod, double(4), V, _helper_mod.__name__)
print(_helper_mod.__doc__, type(_helper_mod).__name__)
print(_helper_mod.Thing.__module__, _helper_mod.double.__module__)
print(sorted(n for n in dir(_helper_mod) if not n.startswith("__")))
