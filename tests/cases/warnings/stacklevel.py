# stacklevel attributes a warning to a caller; beyond the stack it is attributed to sys.
import sys
import warnings

def inner(level):
    warnings.warn(f"stacklevel {level}", stacklevel=level)

def outer(level):
    inner(level)

outer(1)
outer(2)
outer(3)
outer(0)
outer(-5)
outer(50)
print(sys.__warningregistry__)
print(sorted(k for k in __warningregistry__ if k != "version"))
