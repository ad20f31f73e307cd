# The seed documents' two threading programs: a worker pool popping items from a shared list,
# and a ThreadPoolExecutor offloading CPU-bound hashing; plus bytearray and deque atomicity.
import hashlib
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor

work = list(range(20_000))
done = []
done_lock = threading.Lock()


def worker():
    local = 0
    while True:
        try:
            item = work.pop()
        except IndexError:
            break
        local += item * item
    with done_lock:
        done.append(local)


pool = [threading.Thread(target=worker) for _ in range(6)]
for t in pool:
    t.start()
for t in pool:
    t.join()
print(sum(done), len(work))


def digest_chain(seed, rounds=2000):
    h = seed.to_bytes(4, "big")
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:16]


with ThreadPoolExecutor(max_workers=4) as ex:
    results = list(ex.map(digest_chain, range(8)))
print(results == [digest_chain(s) for s in range(8)], results[0])

buf = bytearray()


def fill(byte):
    for _ in range(20_000):
        buf.append(byte)


ts = [threading.Thread(target=fill, args=(b,)) for b in (1, 2, 3, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(buf), sorted((b, buf.count(b)) for b in (1, 2, 3, 4)))

dq = deque()


def churn(n):
    for i in range(n):
        dq.append(i)
        dq.appendleft(i)
    for _ in range(n):
        dq.pop()
        dq.popleft()


ts = [threading.Thread(target=churn, args=(10_000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(dq))
