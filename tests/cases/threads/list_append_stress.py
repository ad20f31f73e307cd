# Each list operation is atomic: 8 threads x 100,000 appends leave exactly 800,000 items, and
# concurrent pops hand out every item exactly once.
import threading

N_THREADS = 8
PER_THREAD = 100_000
shared = []
start = threading.Barrier(N_THREADS)


def appender(tid):
    start.wait()
    append = shared.append
    base = tid * PER_THREAD
    for i in range(PER_THREAD):
        append(base + i)


threads = [threading.Thread(target=appender, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared))
print(sorted(shared) == list(range(N_THREADS * PER_THREAD)))

# Pops: every popped item is distinct and nothing is lost.
items = list(range(200_000))
popped = [[] for _ in range(4)]


def popper(slot):
    out = popped[slot]
    while True:
        try:
            out.append(items.pop())
        except IndexError:
            return


threads = [threading.Thread(target=popper, args=(s,)) for s in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = [x for chunk in popped for x in chunk]
print(len(everything), len(set(everything)), sum(everything) == sum(range(200_000)), items)

# Mixed appends and pops from both ends, counted.
mixed = list(range(10_000))


def churn():
    for i in range(20_000):
        mixed.append(i)
        mixed.pop(0)


threads = [threading.Thread(target=churn) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(mixed))
