# Iterating a container that another thread mutates raises the documented error or sees a
# consistent state; it never crashes.
import threading

lst = list(range(1000))
d = {i: i for i in range(1000)}
stop = threading.Event()


def mutate():
    i = 0
    while not stop.is_set():
        lst.append(i)
        lst.pop(0)
        d[1000 + i % 10] = i
        d.pop(1000 + (i + 5) % 10, None)
        i += 1


m = threading.Thread(target=mutate)
m.start()
errors = set()
for _ in range(200):
    total = 0
    for x in lst:
        total += x
    try:
        for k in d:
            pass
    except RuntimeError as e:
        errors.add(str(e))
stop.set()
m.join()
print(len(lst), errors <= {"dictionary changed size during iteration", "dictionary keys changed during iteration"})
