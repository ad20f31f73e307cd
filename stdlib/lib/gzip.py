"""Reading and writing gzip files (RFC 1952): `compress`/`decompress` for whole buffers,
`GzipFile` for streams, and `open`. Deflate itself is the native `zlib` module."""

import builtins
import errno
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ = 'rb'
WRITE = 'wb'

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024
_WRITE_BUFFER_SIZE = 4 * READ_BUFFER_SIZE

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _extra_flags(level):
    # XFL: 2 for the slowest/best level, 4 for the fastest, 0 otherwise.
    if level == _COMPRESS_LEVEL_BEST:
        return 2
    if level == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _header(level, mtime, fname=b''):
    flags = FNAME if fname else 0
    head = struct.pack('<BBBBLBB', 0x1f, 0x8b, 8, flags, int(mtime) & 0xffffffff,
                       _extra_flags(level), 255)
    if fname:
        head += fname + b'\0'
    return head


class _ByteSource:
    """Reads exact byte counts from a file object, or from a buffer."""

    def __init__(self, read):
        self._read = read

    def exactly(self, n):
        data = b''
        while len(data) < n:
            chunk = self._read(n - len(data))
            if not chunk:
                break
            data += chunk
        return data


def _read_header(read_exactly):
    """Parses one member header; returns its mtime, or None at a clean end of input."""
    magic = read_exactly(2)
    if magic == b'':
        return None
    if magic != b'\x1f\x8b':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    rest = read_exactly(8)
    if len(rest) < 8:
        raise EOFError(_TRUNCATED)
    method, flags, mtime = struct.unpack('<BBI', rest[:6])
    if method != 8:
        raise BadGzipFile('Unknown compression method')

    def need(n):
        data = read_exactly(n)
        if len(data) < n:
            raise EOFError(_TRUNCATED)
        return data

    if flags & FEXTRA:
        length, = struct.unpack('<H', need(2))
        need(length)
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            while need(1) != b'\0':
                pass
    if flags & FHCRC:
        need(2)
    return mtime


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string.

    compresslevel sets the compression level in range of 0-9.
    mtime can be used to set the modification time.
    The modification time is set to the current time by default.
    """
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
    view = memoryview(data)
    trailer = struct.pack('<LL', zlib.crc32(view), view.nbytes & 0xffffffff)
    return _header(compresslevel, mtime) + body + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot.
    Return the decompressed string.
    """
    data = bytes(data)
    pos = 0
    out = []

    def take(n):
        nonlocal pos
        chunk = data[pos:pos + n]
        pos += len(chunk)
        return chunk

    while True:
        if _read_header(take) is None:
            return b''.join(out)
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        member = d.decompress(data[pos:])
        if not d.eof:
            raise EOFError(_TRUNCATED)
        tail = d.unused_data
        if len(tail) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack('<II', tail[:8])
        if crc != zlib.crc32(member):
            raise BadGzipFile('CRC check failed')
        if size != (len(member) & 0xffffffff):
            raise BadGzipFile('Incorrect length of data produced')
        out.append(member)
        # Zero bytes may pad the space between members.
        rest = tail[8:].lstrip(b'\0')
        data = rest
        pos = 0


class _MemberReader:
    """Decompresses the concatenated members of a gzip stream read from *fileobj*."""

    def __init__(self, fileobj):
        self._fp = fileobj
        self._pending = b''      # compressed bytes read but not yet used
        self._decomp = None      # the current member's decompressor
        self._crc = 0
        self._size = 0
        self.eof = False
        self.last_mtime = None

    def _raw(self, n):
        if self._pending:
            chunk, self._pending = self._pending[:n], self._pending[n:]
            return chunk
        return self._fp.read(n)

    def _exactly(self, n):
        data = b''
        while len(data) < n:
            chunk = self._raw(n - len(data))
            if not chunk:
                break
            data += chunk
        return data

    def _start_member(self):
        # Zero padding may follow a member.
        while True:
            c = self._raw(1)
            if c != b'\0':
                break
        if not c:
            return False
        self._pending = c + self._pending
        mtime = _read_header(self._exactly)
        if mtime is None:
            return False
        self.last_mtime = mtime
        self._decomp = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        self._crc = 0
        self._size = 0
        return True

    def _end_member(self):
        self._pending = self._decomp.unused_data + self._pending
        trailer = self._exactly(8)
        if len(trailer) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack('<II', trailer)
        if crc != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._crc)))
        if size != (self._size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        self._decomp = None

    def read(self, size):
        """Up to *size* (> 0) decompressed bytes; b'' at the end of the stream."""
        while not self.eof:
            if self._decomp is None:
                if not self._start_member():
                    self.eof = True
                    return b''
            d = self._decomp
            if d.unconsumed_tail:
                data = d.decompress(d.unconsumed_tail, size)
            else:
                raw = self._raw(READ_BUFFER_SIZE)
                if not raw:
                    raise EOFError(_TRUNCATED)
                data = d.decompress(raw, size)
            self._crc = zlib.crc32(data, self._crc)
            self._size += len(data)
            if d.eof:
                self._end_member()
            if data:
                return data
        return b''


class GzipFile:
    """The GzipFile class simulates most of the methods of a file object with
    the exception of the truncate() method.

    This class only supports opening files in binary mode. If you need to open a
    compressed file in text mode, use the gzip.open() function.
    """

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')

        self._buffer = b''        # read mode: decompressed bytes, used up to self._pos
        self._pos = 0
        self._offset = 0          # position in the uncompressed stream
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if not (0 <= compresslevel <= 9) and compresslevel != -1:
                raise ValueError("Invalid compression level: {!r}".format(compresslevel))
            self.mode = WRITE
            self.name = filename
            self._crc = 0
            self._size = 0
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                              -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._level = compresslevel
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        return self._reader.last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, level):
        fname = os.path.basename(self.name)
        if not isinstance(fname, bytes):
            fname = fname.encode('latin-1')
        if fname.endswith(b'.gz'):
            fname = fname[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(level, mtime, fname))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    # --- reading ---

    # The read buffer is `self._buffer[self._pos:]`: an index instead of slicing on every
    # take keeps line-by-line reading linear.

    def _available(self):
        return len(self._buffer) - self._pos

    def _fill(self, size):
        """Makes at least *size* bytes available in the buffer unless the stream ends."""
        while self._available() < size:
            data = self._reader.read(max(size - self._available(), READ_BUFFER_SIZE))
            if not data:
                break
            self._buffer = self._buffer[self._pos:] + data
            self._pos = 0

    def _take(self, n):
        data = self._buffer[self._pos:self._pos + n]
        self._pos += len(data)
        self._offset += len(data)
        return data

    def read(self, size=-1):
        self._check_can_read()
        if size is None or size < 0:
            parts = [self._take(self._available())]
            while True:
                data = self._reader.read(READ_BUFFER_SIZE)
                if not data:
                    break
                self._offset += len(data)
                parts.append(data)
            return b''.join(parts)
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        """Read up to size uncompressed bytes, while trying to avoid
        making multiple reads from the underlying stream. Reads up to a
        buffer's worth of data if size is negative."""
        self._check_can_read()
        if size < 0:
            size = READ_BUFFER_SIZE
        if not self._available():
            self._fill(1)
        return self._take(size)

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        view = memoryview(b).cast('B')
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_can_read()
        self._fill(max(n, 1))
        return self._buffer[self._pos:]

    def readline(self, size=-1):
        self._check_can_read()
        if size is None:
            size = -1
        searched = self._pos
        while True:
            newline = self._buffer.find(b'\n', searched)
            if newline >= 0:
                length = newline + 1 - self._pos
                break
            if 0 <= size <= self._available():
                length = size
                break
            before = self._available()
            self._fill(before + 1)
            # _fill may have compacted the buffer: searching resumes at the new data.
            searched = self._pos + before
            if self._available() == before:
                length = before
                break
        if 0 <= size < length:
            length = size
        return self._take(length)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # --- state ---

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack('<LL', self._crc, self._size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        """Invoke the underlying file object's fileno() method.

        This will raise AttributeError if the underlying file object
        doesn't support fileno().
        """
        return self.fileobj.fileno()

    def rewind(self):
        '''Return the uncompressed stream file position indicator to the
        beginning of the file'''
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _MemberReader(self.fileobj)
        self._buffer = b''
        self._pos = 0
        self._offset = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        return self._offset

    def seek(self, offset, whence=0):
        if self.mode == WRITE:
            self._check_not_closed()
            if whence != 0:
                if whence == 1:
                    offset = self._offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self._offset:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._offset))
            return self._offset
        self._check_can_read()
        if whence == 1:
            offset = self._offset + offset
        elif whence == 2:
            self.read()
            offset = self._offset + offset
        elif whence != 0:
            raise ValueError("Invalid whence ({}, should be 0, 1 or 2)".format(whence))
        if offset < self._offset:
            self.rewind()
        while self._offset < offset:
            if not self.read(min(offset - self._offset, READ_BUFFER_SIZE)):
                break
        return self._offset

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        pass


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode.

    The filename argument can be an actual filename (a str or bytes object), or
    an existing file object to read from or write to.

    The mode argument can be "r", "rb", "w", "wb", "x", "xb", "a" or "ab" for
    binary mode, or "rt", "wt", "xt" or "at" for text mode. The default mode is
    "rb", and the default compresslevel is 9.

    For binary mode, this function is equivalent to the GzipFile constructor:
    GzipFile(filename, mode, compresslevel). In this case, the encoding, errors
    and newline arguments must not be provided.

    For text mode, a GzipFile object is created, and wrapped in a text stream
    with the specified encoding, error handling behavior, and line ending(s).
    """
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")

    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")

    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file
