# The filter actions: default (once per location), once, module, always, ignore, error.
import warnings

def emit(n):
    for i in range(n):
        warnings.warn("repeated", UserWarning)

print("default")
emit(3)
print("once")
warnings.simplefilter("once")
emit(2)
warnings.warn("repeated", UserWarning)
print("module")
warnings.simplefilter("module")
emit(2)
warnings.warn("repeated", UserWarning)
print("always")
warnings.simplefilter("always")
emit(2)
print("ignore")
warnings.simplefilter("ignore")
emit(2)
print("error")
warnings.simplefilter("error")
try:
    emit(1)
except UserWarning as e:
    print("raised", type(e).__name__, e)
warnings.resetwarnings()
print("after reset", warnings.filters)
warnings.warn("default action applies")
