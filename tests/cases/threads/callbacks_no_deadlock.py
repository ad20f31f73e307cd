# Python code run by a container operation (__eq__, __hash__, __repr__) waits for other threads
# that use the same containers: nothing deadlocks, because no container lock is held while Python
# code runs. A watchdog ends the program with a message instead of hanging.
import os
import threading


def watchdog():
    print("DEADLOCK: watchdog fired", flush=True)
    os._exit(3)


dog = threading.Timer(20.0, watchdog)
dog.daemon = True
dog.start()

shared_dict = {}
shared_list = []
shared_set = set()
side_list = []


class Handshake:
    """A key whose __hash__ and __eq__ run another thread's work on the same containers."""

    def __init__(self, n):
        self.n = n

    def _other_thread(self, action):
        t = threading.Thread(target=action)
        t.start()
        t.join()

    def __hash__(self):
        self._other_thread(lambda: shared_dict.__setitem__(("from-hash", self.n), self.n))
        return hash(self.n)

    def __eq__(self, other):
        self._other_thread(lambda: side_list.append(shared_list[:3]))
        return isinstance(other, Handshake) and other.n == self.n

    def __repr__(self):
        self._other_thread(lambda: shared_set.add(("from-repr", self.n)))
        return f"Handshake({self.n})"


for i in range(20):
    shared_dict[Handshake(i)] = i
print(sum(1 for k in shared_dict if isinstance(k, Handshake)))
print(Handshake(3) in shared_dict, Handshake(99) in shared_dict)
shared_list.extend(Handshake(i) for i in range(5))
print(shared_list.count(Handshake(2)) >= 1)
shared_set.add(Handshake(1))
print(repr([Handshake(7)]))
print(sorted(x for x in shared_set if isinstance(x, tuple))[:1])

# A lock taken inside __eq__ while other threads hammer the same dict with the same keys.
lock = threading.Lock()


class Locked:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 7

    def __eq__(self, other):
        with lock:
            return isinstance(other, Locked) and other.n == self.n


d = {}


def hammer(base):
    for i in range(300):
        d[Locked(base + i % 50)] = i
        d.get(Locked(i % 50))


threads = [threading.Thread(target=hammer, args=(b * 1000,)) for b in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d))
dog.cancel()
print("no deadlock")
