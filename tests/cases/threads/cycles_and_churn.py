# Threads creating and dropping objects, including reference cycles, while sharing containers.
import threading


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None


def churn(seed, out):
    total = 0
    for i in range(5000):
        a = Node(i)
        b = Node(seed)
        a.peer = b
        b.peer = a          # a cycle, dropped at the end of the iteration
        total += a.peer.peer.value
        scratch = [a, b, {"k": a}]
        del scratch
    out.append(total)


out = []
threads = [threading.Thread(target=churn, args=(s, out)) for s in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))

# Objects handed from thread to thread through a shared list.
shared = []
done = threading.Event()


def make():
    for i in range(3000):
        shared.append(Node(i))
    done.set()


def take(result):
    seen = 0
    while not (done.is_set() and not shared):
        try:
            node = shared.pop()
        except IndexError:
            continue
        seen += node.value
    result.append(seen)


result = []
m = threading.Thread(target=make)
t = threading.Thread(target=take, args=(result,))
m.start()
t.start()
m.join()
t.join()
print(result[0] == sum(range(3000)))
