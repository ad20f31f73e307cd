import nspkg.mod
print(nspkg.mod.NS, nspkg.__name__, hasattr(nspkg, "__file__") and nspkg.__file__)
from nspkg import mod
print(mod is nspkg.mod)
