import sys
import _helper_mod
import _helper_mod
print("_helper_mod" in sys.modules, sys.modules["_helper_mod"] is _helper_mod)
del sys.modules["_helper_mod"]
import _helper_mod as again
print(again is _helper_mod, again.VALUE)
def inside():
    import _helper_mod
    return _helper_mod is again
print(inside())
