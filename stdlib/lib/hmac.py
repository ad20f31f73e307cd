"""HMAC (keyed-hashing for message authentication, RFC 2104) over any hashlib digest."""

import _hashlib
from _operator import _compare_digest as compare_digest

# The pad bytes XORed into the key for the inner and outer hashes.
trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

_native_function = type(_hashlib.openssl_sha256)

# The PEP 247 module attribute: HMAC's output size depends on the digest.
digest_size = None


def _constructor(digestmod):
    """A callable `f(data=b'')` returning a new hash object for *digestmod*: a hashlib
    algorithm name, a constructor, or a PEP 247 module with `new`."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        def from_name(data=b''):
            import hashlib
            return hashlib.new(digestmod, data)
        return from_name

    def from_module(data=b''):
        return digestmod.new(data)
    return from_module


def _block_size(hash_obj, default, stacklevel):
    size = getattr(hash_obj, 'block_size', None)
    if size is None:
        import warnings
        warnings.warn("No block_size attribute on given digest object; "
                      f"Assuming {default}.", RuntimeWarning, stacklevel=stacklevel)
        return default
    if size < 16:
        import warnings
        warnings.warn(f"block_size of {size} seems too small; "
                      f"using our default of {default}.", RuntimeWarning, stacklevel=stacklevel)
        return default
    return size


def _check_key(key):
    if not isinstance(key, (bytes, bytearray)):
        raise TypeError(f"key: expected bytes or bytearray, "
                        f"but got {type(key).__name__!r}")


def _keyed_pair(key, cons, default_block, stacklevel):
    """The inner and outer hash objects primed with the padded key, and the block size."""
    inner = cons()
    outer = cons()
    block = _block_size(inner, default_block, stacklevel)
    if len(key) > block:
        key = cons(key).digest()
    key = bytes(key).ljust(block, b'\0')
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    return inner, outer, block


class HMAC:
    """RFC 2104 HMAC class.  Also complies with RFC 4231.

    This supports the API for Cryptographic Hash Functions (PEP 247).
    """

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        """Create a new HMAC object.

        key: bytes or buffer, key for the keyed hash object.
        msg: bytes or buffer, Initial input for the hash or None.
        digestmod: A hash name suitable for hashlib.new(). *OR*
                   A hashlib constructor returning a new hash object. *OR*
                   A module supporting PEP 247.
        """
        _check_key(key)
        if not digestmod:
            raise TypeError("Missing required argument 'digestmod'.")
        self._hmac = None
        self._inner, self._outer, self.block_size = _keyed_pair(
            key, _constructor(digestmod), self.blocksize, 4)
        self.digest_size = self._inner.digest_size
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return f"hmac-{self._inner.name}"

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object.

        An update to this copy won't affect the original object.
        """
        other = self.__class__.__new__(self.__class__)
        other._hmac = None
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object.

        This returns the hmac value as bytes.  The object is
        not altered in any way by this function; you can continue
        updating the object after calling this function.
        """
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead.
        """
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it.

    key: bytes or buffer, The starting key for the hash.
    msg: bytes or buffer, Initial input for the hash, or None.
    digestmod: A hash name suitable for hashlib.new(). *OR*
               A hashlib constructor returning a new hash object. *OR*
               A module supporting PEP 247.
    """
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC.

    key: bytes or buffer, The key for the keyed hash object.
    msg: bytes or buffer, Input message.
    digest: A hash name suitable for hashlib.new() for best performance. *OR*
            A hashlib constructor returning a new hash object. *OR*
            A module supporting PEP 247.
    """
    if isinstance(digest, (str, _native_function)):
        # CPython's OpenSSL fast path takes any buffer as the key.
        if not isinstance(key, (bytes, bytearray)):
            try:
                key = memoryview(key).tobytes()
            except TypeError:
                raise TypeError(f"a bytes-like object is required, "
                                f"not '{type(key).__name__}'") from None
    else:
        _check_key(key)
    inner, outer, _ = _keyed_pair(key, _constructor(digest), HMAC.blocksize, 4)
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
