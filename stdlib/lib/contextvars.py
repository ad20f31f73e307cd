"""Context variables (PEP 567): see ``_contextvars`` for the implementation."""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

try:
    from collections.abc import Mapping as _Mapping
    _Mapping.register(Context)
    del _Mapping
except ImportError:
    pass
