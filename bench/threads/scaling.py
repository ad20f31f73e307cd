# Free-threading scaling benchmark (issue 3): one CPU-bound function that calls a shared global
# function and methods of a shared class, run by N threads at once, each doing the same work.
# Usage: ophis scaling.py THREADS ITERATIONS. Wall time is measured by the caller
# (bench/threads/run.sh); throughput with N threads relative to 1 is N * t1 / tN.
import _thread
import sys


def shared_function(i):
    return i & 7


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self, scale):
        return self.w * self.h * scale

    def grow(self, d):
        self.w = self.w + d
        return self.w


def work(n):
    shape = Shape(2, 3)
    total = 0
    for i in range(n):
        total += shared_function(i) + shape.area(i & 3)
        if i & 1023 == 0:
            shape.grow(0)
    return total


threads = int(sys.argv[1])
iterations = int(sys.argv[2])
results = []
results_lock = _thread.allocate_lock()
all_done = _thread.allocate_lock()
all_done.acquire()


def runner():
    r = work(iterations)
    with results_lock:
        results.append(r)
        if len(results) == threads:
            all_done.release()


for _ in range(threads):
    _thread.start_new_thread(runner, ())
all_done.acquire()
assert len(results) == threads and len(set(results)) == 1, results
print(threads, "threads done:", results[0])
