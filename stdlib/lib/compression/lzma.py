"""`compression.lzma`: the `lzma` module under the `compression` package (PEP 784)."""

try:
    import lzma as _module
except ImportError as e:
    raise ImportError(f"compression.lzma needs the lzma module, which ophis does not provide yet: {e}",
                      name='compression.lzma') from e

__doc__ = _module.__doc__
from lzma import *
del _module
