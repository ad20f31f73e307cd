# hashlib: every guaranteed algorithm, the hash object API, buffers, names and errors.
import hashlib

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.__all__)
data = b"The quick brown fox jumps over the lazy dog"
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, data)
    if name.startswith("shake"):
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest(20), h.digest(5))
    else:
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
        assert getattr(hashlib, name)(data).digest() == h.digest()

# update in pieces equals one update; copy is independent; digest does not finalise.
h = hashlib.sha256()
for piece in (b"The quick ", bytearray(b"brown fox "), memoryview(b"jumps over the lazy dog")):
    h.update(piece)
print(h.hexdigest() == hashlib.sha256(data).hexdigest())
c = h.copy()
c.update(b"!")
print(h.hexdigest() != c.hexdigest(), h.hexdigest() == hashlib.sha256(data).hexdigest())
print(type(h).__name__, type(hashlib.shake_128()).__name__, type(c) is type(h))
print(hashlib.md5(b"a" * 1000000).hexdigest())
print(hashlib.sha1(data=b"abc").hexdigest(), hashlib.sha1(string=b"abc").hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("sha512_256", b"").hexdigest())
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(hashlib.shake_256(b"abc").hexdigest(length=3), hashlib.shake_128().digest(0))
print(hashlib.sha3_512(memoryview(b"abcdef")[1:4]).hexdigest() == hashlib.sha3_512(b"bcd").hexdigest())

show(lambda: hashlib.sha256("text"))
show(lambda: hashlib.sha256().update("text"))
show(lambda: hashlib.sha256(1))
show(lambda: hashlib.sha256().update())
show(lambda: hashlib.md5().hexdigest(1))
show(lambda: hashlib.new("nope"))
show(lambda: hashlib.new(1))
show(lambda: hashlib.shake_128(b"").hexdigest())
show(lambda: hashlib.shake_128(b"").digest(length="x"))
show(lambda: hashlib.sha256(data=b"a", string=b"b"))
show(lambda: hashlib.sha256(b"a", data=b"b"))
show(lambda: hashlib.sha256(b"a", b"b"))
show(lambda: hashlib.sha256(foo=1))
show(lambda: type(hashlib.sha256())())
