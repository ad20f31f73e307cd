"""Secure hashes and message digests: md5, sha1, the SHA-2 and SHA-3 families, SHAKE and
BLAKE2, over ophis's native `_hashlib` and `_blake2` modules."""

import _hashlib
import _blake2

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(_hashlib.openssl_md_meth_names)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'file_digest',
                                'pbkdf2_hmac')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _blake2.blake2b
blake2s = _blake2.blake2s

pbkdf2_hmac = _hashlib.pbkdf2_hmac

_blake2_types = {'blake2b': blake2b, 'blake2s': blake2s}


def new(name, *args, **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    # BLAKE2 takes its own keyword parameters (digest_size, key, ...), so it is built by
    # its type rather than by the generic constructor.
    blake = _blake2_types.get(name) if isinstance(name, str) else None
    if blake is not None:
        kwargs.pop('usedforsecurity', None)
        return blake(*args, **kwargs)
    return _hashlib.new(name, *args, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    It accepts file objects from open(), io.BytesIO(), and SocketIO objects.
    The function may bypass Python's I/O and use the file descriptor *fileno*
    directly.

    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
    """
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()

    # In-memory binary streams hand over their whole content at once.
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj

    is_binary_reader = (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
                        and fileobj.readable())
    if not is_binary_reader:
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")

    chunk = bytearray(_bufsize)
    view = memoryview(chunk)
    while True:
        n = fileobj.readinto(chunk)
        if n is None:
            raise BlockingIOError("I/O operation would block.")
        if n == 0:
            break
        digestobj.update(view[:n])
    return digestobj
