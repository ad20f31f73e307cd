# hmac: RFC 4231 / RFC 2202 vectors, the HMAC object API, hmac.digest, compare_digest, errors.
import hashlib
import hmac

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

key = b"\x0b" * 20
msg = b"Hi There"
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b"):
    h = hmac.new(key, msg, name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    assert hmac.digest(key, msg, name) == h.digest()
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First", digestmod="sha256").hexdigest())
h = hmac.new(b"key", digestmod=hashlib.sha1)
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest() == hmac.new(b"key", b"part one, part two", "sha1").hexdigest())
print(c.hexdigest() == hmac.new(b"key", b"part one, ", "sha1").hexdigest())
print(h.digest() == h.digest(), type(h).__name__)
print(hmac.new(bytearray(b"k"), memoryview(b"m"), "md5").hexdigest())
print(hmac.digest(b"k", b"m", hashlib.md5).hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("abc", "abc"))
print(hmac.compare_digest(bytearray(b"x"), b"x"), hmac.compare_digest(b"ab", b"abc"))
show(lambda: hmac.compare_digest("abc", b"abc"))
show(lambda: hmac.compare_digest("é", "é"))
show(lambda: hmac.new(b"k"))
show(lambda: hmac.new("k", b"m", "md5"))
show(lambda: hmac.new(b"k", b"m", "nope"))
show(lambda: hmac.new(b"k", "text", "md5"))
show(lambda: hmac.digest("k", b"m", "md5"))
print(hmac.digest_size, hmac.HMAC.blocksize)
