"""What compressed-file classes share: mode checks (`BaseStream`) and a buffered reader
over a decompressor that handles concatenated streams and seeking by re-reading
(`DecompressReader`)."""

import io

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE  # compressed bytes read from the file at a time


class BaseStream(io.BufferedIOBase):
    """Mode-checking helpers."""

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation("File not open for writing")

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation("Seeking is only supported "
                                          "on files open for reading")
        if not self.seekable():
            raise io.UnsupportedOperation("The underlying file object "
                                          "does not support seeking")


class DecompressReader:
    """Uncompressed bytes from a file of concatenated compressed streams, with a buffer,
    a position, and seeking (backwards by starting again from the file's beginning)."""

    def __init__(self, fp, decomp_factory, trailing_error=(), **decomp_args):
        self._fp = fp
        self._factory = decomp_factory
        self._args = decomp_args
        self._trailing_error = trailing_error
        self._decomp = decomp_factory(**decomp_args)
        self._eof = False
        self._pos = 0          # uncompressed position of the end of what was returned
        self._size = -1        # total uncompressed size, once known
        self._buf = b''        # decompressed bytes not yet returned

    def seekable(self):
        seekable = getattr(self._fp, 'seekable', None)
        if seekable is not None:
            return seekable()
        return hasattr(self._fp, 'seek')

    def _decompress_some(self, limit):
        # Up to `limit` new bytes (at least one unless at the end of the data).
        while True:
            if self._decomp.eof:
                rawblock = self._decomp.unused_data or self._fp.read(BUFFER_SIZE)
                if not rawblock:
                    return b''
                # Another stream follows: anything that is not one ends the data.
                self._decomp = self._factory(**self._args)
                try:
                    data = self._decomp.decompress(rawblock, limit)
                except self._trailing_error:
                    return b''
            else:
                if self._decomp.needs_input:
                    rawblock = self._fp.read(BUFFER_SIZE)
                    if not rawblock:
                        raise EOFError("Compressed file ended before the "
                                       "end-of-stream marker was reached")
                else:
                    rawblock = b''
                data = self._decomp.decompress(rawblock, limit)
            if data:
                return data

    def _fill(self, want):
        # Makes the buffer hold `want` bytes (all remaining when negative), or fewer at EOF.
        parts = [self._buf]
        have = len(self._buf)
        while not self._eof and (want < 0 or have < want):
            data = self._decompress_some(max(want - have, BUFFER_SIZE) if want >= 0 else BUFFER_SIZE * 8)
            if not data:
                self._eof = True
                self._size = self._pos + have
                break
            parts.append(data)
            have += len(data)
        self._buf = b''.join(parts)

    def read(self, size=-1):
        if size is None or size < 0:
            self._fill(-1)
            data, self._buf = self._buf, b''
        else:
            if size == 0:
                return b''
            self._fill(size)
            data, self._buf = self._buf[:size], self._buf[size:]
        self._pos += len(data)
        return data

    def read1(self, size=-1):
        if not self._buf:
            self._fill(1)
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        self._pos += len(data)
        return data

    def peek(self):
        if not self._buf:
            self._fill(1)
        return self._buf

    def readline(self, size=-1):
        if size is None:
            size = -1
        while True:
            i = self._buf.find(b'\n')
            if i >= 0 or self._eof or (0 <= size <= len(self._buf)):
                break
            self._fill(len(self._buf) + BUFFER_SIZE)
        end = len(self._buf) if i < 0 else i + 1
        if 0 <= size < end:
            end = size
        data, self._buf = self._buf[:end], self._buf[end:]
        self._pos += len(data)
        return data

    def tell(self):
        return self._pos

    def _rewind(self):
        self._fp.seek(0)
        self._eof = False
        self._pos = 0
        self._buf = b''
        self._decomp = self._factory(**self._args)

    def seek(self, offset, whence=io.SEEK_SET):
        if not self.seekable():
            raise io.UnsupportedOperation("File or stream is not seekable.")
        if whence == io.SEEK_SET:
            pass
        elif whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(io.DEFAULT_BUFFER_SIZE):
                    pass
            offset = self._size + offset
        else:
            raise ValueError(f"whence value {whence} unsupported")
        if offset < self._pos:
            self._rewind()
        else:
            offset -= self._pos
        while offset > 0:
            data = self.read(min(io.DEFAULT_BUFFER_SIZE, offset))
            if not data:
                break
            offset -= len(data)
        return self._pos

    def close(self):
        self._decomp = None
        self._buf = b''
