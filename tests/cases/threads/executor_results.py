# ThreadPoolExecutor computes known results; exceptions and cancellation behave as documented.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
import threading


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


with ThreadPoolExecutor(max_workers=4) as ex:
    results = list(ex.map(collatz_steps, range(1, 3001)))
print(sum(results), max(results), results[:10])

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="calc") as ex:
    futures = {ex.submit(pow, 3, k, 1_000_003): k for k in range(200)}
    total = sum(f.result() for f in as_completed(futures))
    names = {ex.submit(lambda: threading.current_thread().name).result()[:5]}
print(total, names)


def fails(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(fails, i) for i in range(6)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    errors = [f.exception() for f in fs if f.exception() is not None]
print([repr(e) for e in errors])
try:
    list(ThreadPoolExecutor(2).map(fails, range(5)))
except ValueError as e:
    print("map raised", e)

gate = threading.Event()
running = threading.Event()


def blocking():
    running.set()
    return gate.wait()


with ThreadPoolExecutor(max_workers=1) as ex:
    blocker = ex.submit(blocking)
    running.wait()
    queued = ex.submit(collatz_steps, 27)
    print(queued.cancel(), queued.cancelled(), blocker.cancel())
    gate.set()
print(blocker.result(), queued.cancelled())

ex = ThreadPoolExecutor(max_workers=2)
ex.shutdown()
try:
    ex.submit(print, 1)
except RuntimeError as e:
    print(e)

callbacks = []
lock = threading.Lock()
with ThreadPoolExecutor(max_workers=4) as ex:
    for i in range(20):
        f = ex.submit(collatz_steps, i + 1)
        f.add_done_callback(lambda fut: (lock.acquire(), callbacks.append(fut.result()), lock.release()))
print(sorted(callbacks) == sorted(collatz_steps(i + 1) for i in range(20)))
