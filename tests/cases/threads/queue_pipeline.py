# Producers and consumers through queue.Queue: every item is consumed exactly once.
import queue
import threading

q = queue.Queue(maxsize=50)
results = queue.Queue()
PRODUCERS, CONSUMERS, PER = 3, 3, 3000


def producer(pid):
    for i in range(PER):
        q.put(pid * PER + i)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        results.put(item * 2)
        q.task_done()


consumers = [threading.Thread(target=consumer) for _ in range(CONSUMERS)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
q.join()
for t in consumers:
    t.join()
got = []
while not results.empty():
    got.append(results.get_nowait())
print(len(got), sorted(got) == [2 * i for i in range(PRODUCERS * PER)])

# LifoQueue, PriorityQueue and SimpleQueue with several threads.
pq = queue.PriorityQueue()
threads = [threading.Thread(target=lambda b=b: [pq.put((b * 100 + i) % 997) for i in range(100)]) for b in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
out = [pq.get() for _ in range(pq.qsize())]
print(len(out), out == sorted(out))

sq = queue.SimpleQueue()
got = []


def drain():
    while True:
        item = sq.get()
        if item is None:
            return
        got.append(item)


d = threading.Thread(target=drain)
d.start()
for i in range(1000):
    sq.put(i)
sq.put(None)
d.join()
print(got == list(range(1000)))

try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
