import sys
import _helper_mod
mod_type = type(sys)
m = mod_type("made_by_hand", "doc text")
m.x = 1
print(m.__name__, m.__doc__, m.x, type(m).__name__)
print(_helper_mod.__spec__.name, _helper_mod.__loader__ is not None, __spec__)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
