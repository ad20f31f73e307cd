"""`compression.bz2`: the `bz2` module under the `compression` package (PEP 784)."""

try:
    import bz2 as _module
except ImportError as e:
    raise ImportError(f"compression.bz2 needs the bz2 module, which ophis does not provide yet: {e}",
                      name='compression.bz2') from e

__doc__ = _module.__doc__
from bz2 import *
del _module
