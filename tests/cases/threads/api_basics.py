# threading's API surface: names, reprs, states, errors and hooks (deterministic output only).
import threading
import sys
import time

t = threading.Thread(target=lambda: None, name="worker")
print(repr(t).replace(str(t.ident), "ID"), t.is_alive(), t.ident, t.daemon)
t.start()
t.join()
print(repr(t).split(",")[1].split()[0], t.is_alive(), type(t.ident), type(t.native_id))
try:
    t.start()
except RuntimeError as e:
    print(e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print(e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)
d = threading.Thread(target=time.sleep, args=(0,), daemon=True)
d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print(e)
d.join()


def named():
    pass


auto = threading.Thread(target=named)
print(auto.name.startswith("Thread-"), auto.name.endswith(" (named)"))
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(isinstance(threading.get_ident(), int), threading.get_ident() == threading.main_thread().ident)
print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
print(threading.Lock, type(threading.RLock()).__name__)
lk = threading.Lock()
print(repr(lk).split(" object")[0], lk.locked())
lk.acquire()
print(repr(lk).split(" object")[0], lk.locked(), lk.acquire(False), lk.acquire(timeout=0.001))
lk.release()
try:
    lk.acquire(False, 1)
except ValueError as e:
    print(e)
try:
    lk.acquire(timeout=-2)
except ValueError as e:
    print(e)
r = threading.RLock()
r.acquire(); r.acquire()
print(repr(r).split(" object")[0], "count=2" in repr(r))
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)

# excepthook: a replacement hook receives the thread and the exception.
seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


def fail():
    raise KeyError("boom")


f = threading.Thread(target=fail, name="failing")
f.start()
f.join()
print(seen)
threading.excepthook = threading.__excepthook__

# SystemExit in a thread is silent.
s = threading.Thread(target=sys.exit, args=(3,))
s.start()
s.join()
print("after SystemExit thread")

# local: per-thread attributes and __init__ re-run per thread.
class MyLocal(threading.local):
    def __init__(self, start):
        self.value = start


loc = MyLocal(10)
loc.value += 1
values = []
w = threading.Thread(target=lambda: values.append(loc.value))
w.start()
w.join()
print(loc.value, values, sorted(vars(loc)))
try:
    threading.local(1)
except TypeError as e:
    print(e)

# Event, Condition, Barrier, Timer.
ev = threading.Event()
print(repr(ev).split(": ")[1], ev.wait(0.001))
cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print(e)
try:
    cond.notify()
except RuntimeError as e:
    print(e)
b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken barrier", b.broken)
b.reset()
print(b.broken, b.parties, b.n_waiting)
timer = threading.Timer(10, print, args=("never",))
timer.start()
timer.cancel()
timer.join()
print("timer cancelled", timer.finished.is_set())
sem = threading.BoundedSemaphore(1)
print(repr(sem).split(": ")[1])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
print(threading.active_count(), len(threading.enumerate()))
