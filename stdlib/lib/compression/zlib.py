"""`compression.zlib`: the `zlib` module under the `compression` package (PEP 784)."""

try:
    import zlib as _module
except ImportError as e:
    raise ImportError(f"compression.zlib needs the zlib module, which ophis does not provide yet: {e}",
                      name='compression.zlib') from e

__doc__ = _module.__doc__
from zlib import *
del _module
