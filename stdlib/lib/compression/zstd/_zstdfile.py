"""`ZstdFile` and `open`: Zstandard-compressed files in binary and text modes."""

import io
from _zstd import ZstdCompressor, ZstdDecompressor, ZSTD_DStreamOutSize
from compression._common import _streams

__all__ = ('ZstdFile', 'open')

_MODE_CLOSED = 0
_MODE_READ = 1
_MODE_WRITE = 2


def _nbytes(data, /):
    """The size in bytes of a bytes-like object."""
    if isinstance(data, (bytes, bytearray)):
        return len(data)
    with memoryview(data) as view:
        return view.nbytes


def _is_path(file):
    return isinstance(file, (str, bytes)) or hasattr(type(file), '__fspath__')


class ZstdFile(_streams.BaseStream):
    """A file object providing transparent Zstandard (de)compression.

    Reading gives the concatenation of every frame in the file; seeking is
    supported in read mode (emulated: backwards seeks restart from the
    beginning, so they can be slow).
    """

    FLUSH_BLOCK = ZstdCompressor.FLUSH_BLOCK
    FLUSH_FRAME = ZstdCompressor.FLUSH_FRAME

    def __init__(self, file, /, mode='r', *,
                 level=None, options=None, zstd_dict=None):
        self._fp = None
        self._close_fp = False
        self._mode = _MODE_CLOSED
        self._buffer = None

        if not isinstance(mode, str):
            raise ValueError('mode must be a str')
        if options is not None and not isinstance(options, dict):
            raise TypeError('options must be a dict or None')
        mode = mode.removesuffix('b')
        if mode == 'r':
            if level is not None:
                raise TypeError('level is illegal in read mode')
            self._mode = _MODE_READ
        elif mode in ('w', 'a', 'x'):
            if level is not None and not isinstance(level, int):
                raise TypeError('level must be int or None')
            self._mode = _MODE_WRITE
            self._compressor = ZstdCompressor(level=level, options=options,
                                              zstd_dict=zstd_dict)
            self._pos = 0
        else:
            raise ValueError(f'Invalid mode: {mode!r}')

        if _is_path(file):
            if not isinstance(file, (str, bytes)):
                file = file.__fspath__()
            if isinstance(file, bytes):
                file = file.decode()
            self._fp = io.open(file, f'{mode}b')
            self._close_fp = True
        elif ((mode == 'r' and hasattr(file, 'read'))
                or (mode != 'r' and hasattr(file, 'write'))):
            self._fp = file
        else:
            raise TypeError('file must be a file-like object '
                            'or a str, bytes, or PathLike object')

        if self._mode == _MODE_READ:
            # Data after the last frame that is not a frame is an error (as in CPython).
            self._buffer = _streams.DecompressReader(
                self._fp, ZstdDecompressor, zstd_dict=zstd_dict, options=options)

    def close(self):
        """Flush and close the file (the underlying file object too, if it was
        opened by name). Closing twice does nothing."""
        if self._mode == _MODE_CLOSED:
            return
        try:
            if self._mode == _MODE_READ:
                if self._buffer is not None:
                    self._buffer.close()
                    self._buffer = None
            elif self._mode == _MODE_WRITE:
                self.flush(self.FLUSH_FRAME)
                self._compressor = None
        finally:
            self._mode = _MODE_CLOSED
            try:
                if self._close_fp:
                    self._fp.close()
            finally:
                self._fp = None
                self._close_fp = False

    def write(self, data, /):
        """Compress and write a bytes-like object; returns its size in bytes."""
        self._check_can_write()
        length = _nbytes(data)
        self._fp.write(self._compressor.compress(data))
        self._pos += length
        return length

    def flush(self, mode=FLUSH_BLOCK):
        """Write out what is buffered, ending the current block (FLUSH_BLOCK) or
        frame (FLUSH_FRAME). Does nothing in read mode."""
        if self._mode == _MODE_READ:
            return
        self._check_not_closed()
        if mode not in (self.FLUSH_BLOCK, self.FLUSH_FRAME):
            raise ValueError('Invalid mode argument, expected either '
                             'ZstdFile.FLUSH_FRAME or '
                             'ZstdFile.FLUSH_BLOCK')
        if self._compressor.last_mode == mode:
            return
        self._fp.write(self._compressor.flush(mode))
        if hasattr(self._fp, 'flush'):
            self._fp.flush()

    def read(self, size=-1):
        """Read up to *size* uncompressed bytes (all of them if negative or None)."""
        if size is None:
            size = -1
        self._check_can_read()
        return self._buffer.read(size)

    def read1(self, size=-1):
        """Read up to *size* bytes with at most one read of the underlying stream."""
        self._check_can_read()
        if size < 0:
            # Enough output for at least one whole block.
            size = ZSTD_DStreamOutSize
        return self._buffer.read1(size)

    def readinto(self, b):
        self._check_can_read()
        with memoryview(b) as view, view.cast('B') as flat:
            data = self.read(len(flat))
            flat[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        self._check_can_read()
        with memoryview(b) as view, view.cast('B') as flat:
            data = self.read1(len(flat))
            flat[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        """Read a line of uncompressed bytes."""
        self._check_can_read()
        return self._buffer.readline(size)

    def seek(self, offset, whence=io.SEEK_SET):
        """Change the (uncompressed) stream position; only in read mode.

        Emulated: seeking backwards restarts decompression from the start.
        """
        self._check_can_read()
        return self._buffer.seek(offset, whence)

    def peek(self, size=-1):
        """Return buffered data without advancing the position."""
        self._check_can_read()
        return self._buffer.peek()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def tell(self):
        """Return the current uncompressed position."""
        self._check_not_closed()
        if self._mode == _MODE_READ:
            return self._buffer.tell()
        return self._pos

    def fileno(self):
        """Return the file descriptor of the underlying file."""
        self._check_not_closed()
        return self._fp.fileno()

    @property
    def name(self):
        self._check_not_closed()
        return self._fp.name

    @property
    def mode(self):
        return 'wb' if self._mode == _MODE_WRITE else 'rb'

    @property
    def closed(self):
        """True if this file is closed."""
        return self._mode == _MODE_CLOSED

    def seekable(self):
        """Return whether the file supports seeking."""
        return self.readable() and self._buffer.seekable()

    def readable(self):
        """Return whether the file was opened for reading."""
        self._check_not_closed()
        return self._mode == _MODE_READ

    def writable(self):
        """Return whether the file was opened for writing."""
        self._check_not_closed()
        return self._mode == _MODE_WRITE


def open(file, /, mode='rb', *, level=None, options=None, zstd_dict=None,
         encoding=None, errors=None, newline=None):
    """Open a Zstandard compressed file in binary or text mode.

    Modes 'r', 'rb', 'w', 'wb', 'x', 'xb', 'a', 'ab' give a ZstdFile; 'rt',
    'wt', 'xt', 'at' wrap it in an io.TextIOWrapper with *encoding*, *errors*
    and *newline*.
    """
    text = 't' in mode
    mode = mode.replace('t', '')
    if text:
        if 'b' in mode:
            raise ValueError(f'Invalid mode: {mode!r}')
    else:
        if encoding is not None:
            raise ValueError('Argument "encoding" not supported in binary mode')
        if errors is not None:
            raise ValueError('Argument "errors" not supported in binary mode')
        if newline is not None:
            raise ValueError('Argument "newline" not supported in binary mode')
    binary = ZstdFile(file, mode, level=level, options=options, zstd_dict=zstd_dict)
    if text:
        return io.TextIOWrapper(binary, encoding, errors, newline)
    return binary
