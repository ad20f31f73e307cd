# Concurrent dict and set inserts, deletes and lookups never lose an update.
import threading

N = 4
PER = 20_000
d = {}
s = set()
ready = threading.Barrier(N)


def writer(tid):
    ready.wait()
    for i in range(PER):
        key = (tid, i)
        d[key] = i
        s.add(key)
        if i % 3 == 0:
            del d[key]
            s.discard(key)


threads = [threading.Thread(target=writer, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = N * (PER - len(range(0, PER, 3)))
print(len(d), len(s), expected)
print(all(d[(t, i)] == i for t in range(N) for i in range(PER) if i % 3))
print(s == set(d))

# Lookups while another thread rewrites values: each lookup sees an old or a new value.
shared = {k: 0 for k in range(1000)}
stop = threading.Event()
bad = []


def reader():
    while not stop.is_set():
        for k in range(1000):
            v = shared[k]
            if v not in (0, 1):
                bad.append(v)


def rewriter():
    for _ in range(30):
        for k in range(1000):
            shared[k] = 1 - shared[k]


r = threading.Thread(target=reader)
w = threading.Thread(target=rewriter)
r.start()
w.start()
w.join()
stop.set()
r.join()
print(bad, sorted(set(shared.values())))

# setdefault and pop race: each key is claimed by exactly one thread.
claims = {}
won = [0] * N


def claimer(tid):
    for k in range(5000):
        if claims.setdefault(k, tid) == tid:
            won[tid] += 1


threads = [threading.Thread(target=claimer, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(won), len(claims))
