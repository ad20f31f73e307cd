"""Functions to convert between Python values and C structs represented as bytes.

The native `_struct` module does the work; `Struct` keeps a compiled format.
"""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
    'Struct', 'error',
]

from _struct import *
from _struct import _clearcache
import _struct


class unpack_iterator:
    """Iterator over the records of a buffer (struct.iter_unpack)."""

    def __init__(self, records):
        self._records = records
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= len(self._records):
            raise StopIteration
        self._index += 1
        return self._records[self._index - 1]

    def __length_hint__(self):
        return len(self._records) - self._index


unpack_iterator.__module__ = '_struct'


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the buffer."""
    return unpack_iterator(list(_struct.iter_unpack(format, buffer)))


class Struct:
    """Struct(format) -> compiled struct object."""

    __slots__ = ('_format', '_size')

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1 or (kwargs and 'format' not in kwargs):
            if kwargs and 'format' not in kwargs:
                name = next(iter(kwargs))
                raise TypeError(f"Struct() got an unexpected keyword argument '{name}'")
            raise TypeError(f"Struct() takes at most 1 argument ({len(args) + len(kwargs)} given)")
        if not args and not kwargs:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        format = args[0] if args else kwargs['format']
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError(
                "Struct() argument 1 must be a str or bytes object, not "
                + type(format).__name__)
        self._size = _struct.calcsize(format)
        self._format = format

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def pack(self, *values):
        return _struct.pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        return _struct.pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer):
        return _struct.unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return _struct.unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self._format, buffer)

    def __repr__(self):
        return f'Struct({self._format!r})'
