# hashlib.pbkdf2_hmac (RFC 6070 vectors and more) and hashlib.file_digest.
import hashlib
import io

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096).hex())
print(hashlib.pbkdf2_hmac("sha1", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25).hex())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 10).hex())
print(hashlib.pbkdf2_hmac("sha512", bytearray(b"pw"), memoryview(b"salt"), 3, 80).hex())
print(hashlib.pbkdf2_hmac("md5", b"pw", b"s", 3, None).hex())
print(hashlib.pbkdf2_hmac("sha3_256", b"pw", b"s", 2).hex())
print(hashlib.pbkdf2_hmac("blake2b", b"pw", b"s", 2).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha224", password=b"pw", salt=b"s", iterations=2, dklen=7).hex())
show(lambda: hashlib.pbkdf2_hmac("nope", b"pw", b"s", 1))
show(lambda: isinstance(hashlib.pbkdf2_hmac.__self__, object))
show(lambda: hashlib.pbkdf2_hmac("sha1", b"pw", b"s", 0))
show(lambda: hashlib.pbkdf2_hmac("sha1", b"pw", b"s", 1, 0))
show(lambda: hashlib.pbkdf2_hmac("sha1", "pw", b"s", 1))
show(lambda: hashlib.pbkdf2_hmac("sha1", b"pw", b"s"))
try:
    hashlib.pbkdf2_hmac("nope", b"pw", b"s", 1)
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError))

print(hashlib.file_digest(io.BytesIO(b"abc"), "sha1").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc" * 100000), hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b""), lambda: hashlib.blake2s(digest_size=8)).hexdigest())
show(lambda: hashlib.file_digest(b"abc", "md5").hexdigest())

class Reader:
    """A minimal binary reader without getbuffer()."""
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, buf):
        n = min(len(buf), len(self.data), 7)
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

print(hashlib.file_digest(Reader(b"hello world, chunked"), "sha256").hexdigest())
print(hashlib.sha256(b"hello world, chunked").hexdigest())
