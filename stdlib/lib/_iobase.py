"""The stream base classes of `io` (IOBase, RawIOBase, BufferedIOBase, TextIOBase) and a
TextIOWrapper over any binary stream, written in Python for ophis.

Minimal by design: enough for stream classes written in Python (compressed files) to get
the standard defaults (context management, iteration, readline/readlines from read,
closed-file checks) and to be wrapped for text.
"""


class _IncrementalDecoder:
    # There is no `codecs` module yet: bytes are decoded whole, except that an incomplete
    # multi-byte sequence at the end of a chunk waits for the next one.

    def __init__(self, encoding, errors):
        self.encoding = encoding
        self.errors = errors
        self._rest = b''

    def decode(self, data, final=False):
        data = self._rest + data
        self._rest = b''
        try:
            return data.decode(self.encoding, self.errors)
        except UnicodeDecodeError as e:
            if final or e.reason != 'unexpected end of data' or len(data) - e.start > 4:
                raise
            self._rest = data[e.start:]
            return data[:e.start].decode(self.encoding, self.errors)


def _unsupported(name):
    import io
    raise io.UnsupportedOperation(name)


class IOBase:
    """The base of all stream classes: closing, context management, iteration."""

    __closed = False

    def seek(self, pos, whence=0):
        _unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported('truncate')

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        _unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        # One byte at a time unless the stream can peek; subclasses do better.
        if size is None:
            size = -1
        out = bytearray()
        while size < 0 or len(out) < size:
            b = self.read(1)
            if not b:
                break
            out += b
            if b == b'\n':
                break
        return bytes(out)

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: read() in terms of readinto()."""

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        parts = []
        while True:
            data = self.read(131072)
            if not data:
                break
            parts.append(data)
        return b''.join(parts)

    def readinto(self, b):
        _unsupported('readinto')

    def write(self, b):
        _unsupported('write')


class BufferedIOBase(IOBase):
    """Buffered binary streams."""

    def read(self, size=-1):
        _unsupported('read')

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        _unsupported('write')

    def detach(self):
        _unsupported('detach')


class TextIOBase(IOBase):
    """Text streams."""

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: decoding (split multi-byte sequences handled),
    universal newlines on reading, newline translation on writing."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        if encoding is None or encoding == 'locale':
            # The locale's encoding, as CPython names it under a UTF-8 locale (ophis assumes one).
            encoding = 'UTF-8'
        if not isinstance(encoding, str):
            raise TypeError(f'TextIOWrapper() argument \'encoding\' must be str or None, '
                            f'not {type(encoding).__name__}')
        if errors is None:
            errors = 'strict'
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        b''.decode(encoding)  # unknown encodings fail here, as CPython fails at construction
        self._decoder = _IncrementalDecoder(encoding, errors)
        self._pending = ''      # decoded text; what is not yet returned starts at _pos
        self._pos = 0           # (an offset, so that reading a line does not copy the rest)
        self._pending_cr = False  # a '\r' at the end of a chunk may start '\r\n'
        self._eof = False
        self.line_buffering = line_buffering

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    @property
    def mode(self):
        return getattr(self._buffer, 'mode', None)

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return False

    def fileno(self):
        return self._buffer.fileno()

    def flush(self):
        self._buffer.flush()

    def close(self):
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        buffer = self._buffer
        self.flush()
        self._buffer = None
        return buffer

    def _translate(self, text, final):
        # Universal newlines: '\r\n' and '\r' become '\n' (newline None); with newline '',
        # lines are split on any ending but left untranslated.
        if self._newline is not None:
            return text
        if self._pending_cr:
            text = '\r' + text
            self._pending_cr = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self._pending_cr = True
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def _fill(self):
        if self._eof:
            return False
        raw = self._buffer.read(self._CHUNK)
        final = not raw
        text = self._decoder.decode(raw, final)
        self._pending = self._pending[self._pos:] + self._translate(text, final)
        self._pos = 0
        if final:
            self._eof = True
        return not final

    def read(self, size=-1):
        self._checkClosed()
        if not self.readable():
            _unsupported('not readable')
        if size is None:
            size = -1
        if size < 0:
            while self._fill():
                pass
            text, self._pending, self._pos = self._pending[self._pos:], '', 0
            return text
        while len(self._pending) - self._pos < size and self._fill():
            pass
        end = self._pos + size
        text, self._pos = self._pending[self._pos:end], min(end, len(self._pending))
        return text

    def _line_end(self):
        # Index in _pending just past the first line ending after _pos, or -1.
        p = self._pending
        if self._newline is None or self._newline == '\n':
            i = p.find('\n', self._pos)
            return -1 if i < 0 else i + 1
        if self._newline == '':
            for i in range(self._pos, len(p)):
                ch = p[i]
                if ch == '\n':
                    return i + 1
                if ch == '\r':
                    if i + 1 < len(p):
                        return i + 2 if p[i + 1] == '\n' else i + 1
                    if self._eof:
                        return i + 1
                    return -1
            return -1
        i = p.find(self._newline, self._pos)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        while True:
            end = self._line_end()
            if end >= 0 or (0 <= size <= len(self._pending) - self._pos) or not self._fill():
                break
        if end < 0:
            end = len(self._pending)
        if 0 <= size < end - self._pos:
            end = self._pos + size
        line, self._pos = self._pending[self._pos:end], end
        return line

    def __next__(self):
        # Fast path for line iteration: a whole '\n'-ended line is already decoded.
        if self._newline is None or self._newline == '\n':
            end = self._pending.find('\n', self._pos)
            if end >= 0 and not self._buffer.closed:
                line = self._pending[self._pos:end + 1]
                self._pos = end + 1
                return line
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        length = len(s)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return length

    def __repr__(self):
        return f"<_io.TextIOWrapper encoding='{self._encoding}'>"
