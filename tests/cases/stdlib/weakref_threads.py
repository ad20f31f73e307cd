# Stress: threads turning weak references into strong ones while others drop the referents.
import _thread, weakref, time
class C:
    pass
N = 4
done = []
lock = _thread.allocate_lock()
shared = [C() for _ in range(200)]
refs = [weakref.ref(o) for o in shared]
def reader(k):
    alive = 0
    for _ in range(200):
        for r in refs:
            o = r()
            if o is not None:
                alive += 1
    with lock:
        done.append(alive >= 0)
def writer(k):
    for i in range(2000):
        o = C()
        w = weakref.ref(o, lambda w: None)
        ws = weakref.WeakSet([o])
        del o
    for i in range(len(shared)):
        if i % N == k:
            shared[i] = None
    with lock:
        done.append(True)
for k in range(N):
    _thread.start_new_thread(reader, (k,))
    _thread.start_new_thread(writer, (k,))
while len(done) < 2 * N:
    time.sleep(0.01)
print(all(done), sum(r() is None for r in refs))
