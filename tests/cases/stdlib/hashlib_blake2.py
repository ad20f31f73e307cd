# hashlib.blake2b / blake2s: parameters, known answers and CPython's parameter checks.
import hashlib

def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

B, S = hashlib.blake2b, hashlib.blake2s
print(B(b"abc").hexdigest())
print(S(b"abc").hexdigest())
print(B.SALT_SIZE, B.PERSON_SIZE, B.MAX_KEY_SIZE, B.MAX_DIGEST_SIZE)
print(S.SALT_SIZE, S.PERSON_SIZE, S.MAX_KEY_SIZE, S.MAX_DIGEST_SIZE)
h = B(b"abc", digest_size=20, key=b"k", salt=b"s", person=b"p", fanout=2, depth=3,
      leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h = S(b"abc", digest_size=16, key=b"key", salt=b"salt", person=b"me", fanout=0, depth=255,
      leaf_size=2**32 - 1, node_offset=2**48 - 1, node_depth=255, inner_size=32, last_node=True)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
print(B(key=b"k" * 64).hexdigest()[:32], S(key=b"k" * 32).hexdigest()[:32])
c = B(b"x").copy()
c.update(b"y")
print(c.hexdigest() == B(b"xy").hexdigest(), type(c).__name__)
print(hashlib.new("blake2b", b"x", digest_size=3).hexdigest())
print(hashlib.new("blake2s", data=b"x", person=b"ab").hexdigest())
print(B(string=b"abc").hexdigest() == B(b"abc").hexdigest())

show(lambda: B(digest_size=0))
show(lambda: B(digest_size=65))
show(lambda: S(digest_size=33))
show(lambda: B(key=b"x" * 65))
show(lambda: S(key=b"x" * 33))
show(lambda: B(salt=b"x" * 17))
show(lambda: S(person=b"x" * 9))
show(lambda: B(fanout=256))
show(lambda: B(fanout=-1))
show(lambda: B(depth=0))
show(lambda: B(leaf_size=-1))
show(lambda: B(leaf_size=2**32))
show(lambda: S(node_offset=2**48))
show(lambda: B(node_depth=256))
show(lambda: B(inner_size=65))
show(lambda: B(key="x"))
show(lambda: B(digest_size="x"))
show(lambda: B(b"a", b"b"))
show(lambda: B(foo=1))
show(lambda: B("text"))
