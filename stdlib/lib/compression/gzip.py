"""`compression.gzip`: the `gzip` module under the `compression` package (PEP 784)."""

try:
    import gzip as _module
except ImportError as e:
    raise ImportError(f"compression.gzip needs the gzip module, which ophis does not provide yet: {e}",
                      name='compression.gzip') from e

__doc__ = _module.__doc__
from gzip import *
del _module
