# Shared counters under Lock/RLock, and a Semaphore bounding concurrency.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(25_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

rlock = threading.RLock()
total = [0]


def nested(n):
    for _ in range(n):
        with rlock:
            with rlock:
                total[0] += 2


threads = [threading.Thread(target=nested, args=(10_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total[0])

sem = threading.Semaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()


def limited():
    for _ in range(200):
        with sem:
            with guard:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            with guard:
                inside[0] -= 1


threads = [threading.Thread(target=limited) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(inside[0], peak[0] <= 2)

# An instance __dict__ updated from several threads, each on its own attribute.
class Box:
    pass


box = Box()


def setter(tid):
    name = f"a{tid}"
    for i in range(20_000):
        setattr(box, name, i)


threads = [threading.Thread(target=setter, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(vars(box).items()))
