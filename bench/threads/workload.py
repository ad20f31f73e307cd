# CPU-bound workloads for the threading-mode comparison (issue 5): each of THREADS threads does
# the same amount of work, so ideal scaling keeps the wall time constant as THREADS grows.
# Usage: python workload.py {fib,objects} THREADS SIZE
#   fib:     the seed's recursive fib(SIZE) in every thread
#   objects: SIZE iterations of instance creation, attribute reads/writes and method calls
import sys
import threading


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def norm1(self):
        return abs(self.x) + abs(self.y)


def objects(n):
    p = Point(0, 0)
    total = 0
    for i in range(n):
        p = p.moved(1, -1)
        total += p.norm1() & 15
    return total


def main():
    kind, threads, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    work = {'fib': fib, 'objects': objects}[kind]
    results = []
    lock = threading.Lock()

    def run():
        r = work(size)
        with lock:
            results.append(r)

    ts = [threading.Thread(target=run) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert len(results) == threads and len(set(results)) == 1, results
    print(results[0])


main()
