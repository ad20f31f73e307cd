# One hash object (and one zlib stream) shared by several threads: no crash, and the result
# is the hash of all the data (the chunks are identical, so their order does not matter).
import hashlib
import threading
import zlib

chunk = bytes(range(256)) * 64
N = 200
shared = hashlib.sha256()
blake = hashlib.blake2b(digest_size=16)
crcs = []

def work():
    for _ in range(N):
        shared.update(chunk)
        blake.update(memoryview(chunk))
        shared.copy().hexdigest()
    crcs.append(zlib.crc32(chunk * 10))

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.hexdigest() == hashlib.sha256(chunk * (4 * N)).hexdigest())
print(blake.hexdigest() == hashlib.blake2b(chunk * (4 * N), digest_size=16).hexdigest())
print(len(set(crcs)), crcs[0])
