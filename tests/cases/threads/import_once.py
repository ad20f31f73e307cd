# Two threads importing the same module at the same time run its body once and both see it whole.
import threading

seen = []
start = threading.Barrier(2)


def importer():
    start.wait()
    import _slow_import
    seen.append((_slow_import.VALUE, len(_slow_import.LOADS)))


threads = [threading.Thread(target=importer) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
