"""Python bindings to the Zstandard (zstd) compression library (RFC-8878)."""

__all__ = (
    'COMPRESSION_LEVEL_DEFAULT', 'compress', 'CompressionParameter', 'decompress',
    'DecompressionParameter', 'finalize_dict', 'get_frame_info', 'Strategy', 'train_dict',
    'open', 'ZstdFile',
    'get_frame_size', 'zstd_version', 'zstd_version_info', 'ZstdCompressor',
    'ZstdDecompressor', 'ZstdDict', 'ZstdError',
)

import _zstd
import enum
from _zstd import (ZstdCompressor, ZstdDecompressor, ZstdDict, ZstdError,
                   get_frame_size, zstd_version)
from compression.zstd._zstdfile import ZstdFile, open, _nbytes

# The library encodes its version as MAJOR * 10000 + MINOR * 100 + RELEASE.
_major, _rest = divmod(_zstd.zstd_version_number, 10000)
zstd_version_info = (_major, *divmod(_rest, 100))
del _major, _rest

COMPRESSION_LEVEL_DEFAULT = _zstd.ZSTD_CLEVEL_DEFAULT
"""The default compression level for Zstandard, currently '3'."""


class FrameInfo:
    """Information about a Zstandard frame."""

    __slots__ = 'decompressed_size', 'dictionary_id'

    def __init__(self, decompressed_size, dictionary_id):
        # Instances are read-only: bypass our own __setattr__.
        object.__setattr__(self, 'decompressed_size', decompressed_size)
        object.__setattr__(self, 'dictionary_id', dictionary_id)

    def __repr__(self):
        return (f'FrameInfo(decompressed_size={self.decompressed_size}, '
                f'dictionary_id={self.dictionary_id})')

    def __setattr__(self, name, _):
        raise AttributeError(f"can't set attribute {name!r}")


def get_frame_info(frame_buffer):
    """Get Zstandard frame information from a frame header.

    Returns a FrameInfo with 'decompressed_size' (None when the header does not
    record it) and 'dictionary_id' (0 when not recorded).
    """
    size, dict_id = _zstd.get_frame_info(frame_buffer)
    return FrameInfo(size, dict_id)


def _samples(samples):
    samples = tuple(samples)
    return b''.join(samples), tuple(_nbytes(s) for s in samples)


def train_dict(samples, dict_size):
    """Return a ZstdDict representing a trained Zstandard dictionary.

    *samples* is an iterable of bytes-like samples; *dict_size* is the
    dictionary's maximum size, in bytes.
    """
    if not isinstance(dict_size, int):
        raise TypeError(f'dict_size must be an int object, not '
                        f'{type(dict_size).__qualname__!r}.')
    chunks, sizes = _samples(samples)
    if not chunks:
        raise ValueError("samples contained no data; can't train dictionary.")
    return ZstdDict(_zstd.train_dict(chunks, sizes, dict_size))


def finalize_dict(zstd_dict, /, samples, dict_size, level):
    """Return a ZstdDict representing a finalized Zstandard dictionary.

    *zstd_dict* (often a raw-content dictionary) is completed with headers and
    statistics computed from *samples*, for compression level *level*.
    """
    if not isinstance(zstd_dict, ZstdDict):
        raise TypeError('zstd_dict argument should be a ZstdDict object.')
    if not isinstance(dict_size, int):
        raise TypeError('dict_size argument should be an int object.')
    if not isinstance(level, int):
        raise TypeError('level argument should be an int object.')
    chunks, sizes = _samples(samples)
    if not chunks:
        raise ValueError("The samples are empty content, can't finalize the "
                         "dictionary.")
    return ZstdDict(_zstd.finalize_dict(zstd_dict.dict_content, chunks, sizes,
                                        dict_size, level))


def compress(data, level=None, options=None, zstd_dict=None):
    """Return Zstandard compressed *data* as bytes (one complete frame).

    For incremental compression, use a ZstdCompressor instead.
    """
    compressor = ZstdCompressor(level=level, options=options, zstd_dict=zstd_dict)
    return compressor.compress(data, mode=ZstdCompressor.FLUSH_FRAME)


def decompress(data, zstd_dict=None, options=None):
    """Decompress one or more frames of Zstandard compressed *data*.

    For incremental decompression, use a ZstdDecompressor instead.
    """
    parts = []
    while True:
        decompressor = ZstdDecompressor(options=options, zstd_dict=zstd_dict)
        parts.append(decompressor.decompress(data))
        if not decompressor.eof:
            raise ZstdError('Compressed data ended before the '
                            'end-of-stream marker was reached')
        data = decompressor.unused_data
        if not data:
            # One frame (the usual case): no copy through join.
            return parts[0] if len(parts) == 1 else b''.join(parts)


class CompressionParameter(enum.IntEnum):
    """Compression parameters."""

    compression_level = _zstd.ZSTD_c_compressionLevel
    window_log = _zstd.ZSTD_c_windowLog
    hash_log = _zstd.ZSTD_c_hashLog
    chain_log = _zstd.ZSTD_c_chainLog
    search_log = _zstd.ZSTD_c_searchLog
    min_match = _zstd.ZSTD_c_minMatch
    target_length = _zstd.ZSTD_c_targetLength
    strategy = _zstd.ZSTD_c_strategy
    enable_long_distance_matching = _zstd.ZSTD_c_enableLongDistanceMatching
    ldm_hash_log = _zstd.ZSTD_c_ldmHashLog
    ldm_min_match = _zstd.ZSTD_c_ldmMinMatch
    ldm_bucket_size_log = _zstd.ZSTD_c_ldmBucketSizeLog
    ldm_hash_rate_log = _zstd.ZSTD_c_ldmHashRateLog
    content_size_flag = _zstd.ZSTD_c_contentSizeFlag
    checksum_flag = _zstd.ZSTD_c_checksumFlag
    dict_id_flag = _zstd.ZSTD_c_dictIDFlag
    nb_workers = _zstd.ZSTD_c_nbWorkers
    job_size = _zstd.ZSTD_c_jobSize
    overlap_log = _zstd.ZSTD_c_overlapLog

    def bounds(self):
        """Return the inclusive (lower, upper) bounds of a compression parameter."""
        return _zstd.get_param_bounds(self.value, is_compress=True)


class DecompressionParameter(enum.IntEnum):
    """Decompression parameters."""

    window_log_max = _zstd.ZSTD_d_windowLogMax

    def bounds(self):
        """Return the inclusive (lower, upper) bounds of a decompression parameter."""
        return _zstd.get_param_bounds(self.value, is_compress=False)


class Strategy(enum.IntEnum):
    """Compression strategies, listed from fastest to strongest.

    Only the order (from fast to strong) is guaranteed, not the numeric values.
    """

    fast = _zstd.ZSTD_fast
    dfast = _zstd.ZSTD_dfast
    greedy = _zstd.ZSTD_greedy
    lazy = _zstd.ZSTD_lazy
    lazy2 = _zstd.ZSTD_lazy2
    btlazy2 = _zstd.ZSTD_btlazy2
    btopt = _zstd.ZSTD_btopt
    btultra = _zstd.ZSTD_btultra
    btultra2 = _zstd.ZSTD_btultra2


# Lets the native options parser recognise keys of the wrong parameter kind.
_zstd.set_parameter_types(CompressionParameter, DecompressionParameter)
