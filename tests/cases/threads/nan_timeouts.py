# A NaN timeout is refused with CPython's ValueError (never a crash).
import sys
import threading

lock = threading.Lock()
lock.acquire()
try:
    lock.acquire(timeout=float("nan"))
except ValueError as e:
    print("lock:", e)
t = threading.Thread(target=lambda: None)
t.start()
try:
    t.join(float("nan"))
except ValueError as e:
    print("join:", e)
try:
    threading.RLock().acquire(True, float("nan"))
except ValueError as e:
    print("rlock:", e)
sys.setswitchinterval(float("nan"))
print("setswitchinterval accepted NaN")
