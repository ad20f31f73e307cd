"""The `io` module for ophis: in-memory streams (`StringIO`, `BytesIO`), `open` (the
built-in's file objects), the `SEEK_*` constants, `UnsupportedOperation`, and the stream
base classes and `TextIOWrapper` (from `_iobase`).

The in-memory streams are Python classes here so that programs can subclass them.
"""

__all__ = ['StringIO', 'BytesIO', 'open', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'TextIOWrapper']

import builtins

open = builtins.open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 128 * 1024


class UnsupportedOperation(OSError, ValueError):
    pass


from _iobase import IOBase, RawIOBase, BufferedIOBase, TextIOBase, TextIOWrapper


from operator import index as _index


def _size(size):
    # read()/readline() sizes: None or negative means "all".
    if size is None:
        return -1
    return _index(size)


class _MemoryStream:
    """What StringIO and BytesIO share: a buffer, a position and the closed flag."""

    _closed_message = 'I/O operation on closed file.'

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _size(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_open()
        size = _size(size)
        end = len(self._buf)
        if 0 <= size < end - self._pos:
            end = self._pos + size
        start = min(self._pos, len(self._buf))
        data = self._buf[start:end]
        self._pos = max(self._pos, end)
        return self._result(data)

    def _write(self, data):
        # Writing past the end pads the gap with zeros, as CPython's streams do.
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._zero * (pos - len(buf))
        self._buf = buf[:pos] + data + buf[pos + len(data):]
        self._pos = pos + len(data)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError(self._negative_size % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size


class StringIO(_MemoryStream):
    """A text stream kept in memory."""

    _closed_message = 'I/O operation on closed file'
    _negative_size = 'Negative size value %d'
    _zero = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, '
                            f'not {type(initial_value).__name__}')
        self._closed = False
        self._newline = newline
        self._buf = ''
        self._pos = 0
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _result(self, data):
        return data

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def newlines(self):
        self._check_open()
        kinds = [k for k in ('\r', '\n', '\r\n') if k in self._seen]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def _note_newlines(self, s):
        if self._newline in (None, ''):
            if '\r\n' in s:
                self._seen.add('\r\n')
            if '\r' in s.replace('\r\n', ''):
                self._seen.add('\r')
            if '\n' in s.replace('\r\n', ''):
                self._seen.add('\n')

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        length = len(s)
        self._note_newlines(s)
        if self._newline is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        if s:
            self._write(s)
        return length

    def getvalue(self):
        self._check_open()
        return self._buf

    def readline(self, size=-1):
        self._check_open()
        size = _size(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return ''
        if self._newline == '':
            # Any of \r, \n or \r\n ends a line.
            n = buf.find('\n', start)
            r = buf.find('\r', start)
            if r >= 0 and (n < 0 or r < n):
                end = r + 2 if buf[r + 1:r + 2] == '\n' else r + 1
            elif n >= 0:
                end = n + 1
            else:
                end = len(buf)
        else:
            terminator = self._newline or '\n'
            i = buf.find(terminator, start)
            end = len(buf) if i < 0 else i + len(terminator)
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return buf[start:end]

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if whence == 0 and pos < 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._buf)
        self._pos = pos
        return pos

    def detach(self):
        raise UnsupportedOperation('detach')

    def __repr__(self):
        return f'<_io.StringIO object at {id(self):#x}>'


class BytesIO(_MemoryStream):
    """A binary stream kept in memory."""

    _negative_size = 'negative size value %d'
    _zero = b'\0'

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buf = b''
        self._pos = 0
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if initial_bytes is not None:
            self._buf = bytes(memoryview(initial_bytes)) if not isinstance(initial_bytes, bytes) else initial_bytes

    def _result(self, data):
        return bytes(data)

    def write(self, b):
        self._check_open()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray, memoryview)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        data = bytes(b)
        if data:
            self._write(data)
        return len(data)

    def getvalue(self):
        self._check_open()
        return self._buf

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_open()
        size = _size(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b''
        i = buf.find(b'\n', start)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return buf[start:end]

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = pos
        return pos

    def __repr__(self):
        return f'<_io.BytesIO object at {id(self):#x}>'
