# At exit the interpreter waits for non-daemon threads, not for daemon threads.
import threading
import time


def late():
    time.sleep(0.2)
    print("non-daemon thread finished after main")


def forever():
    threading.Event().wait()


threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
print("main module ends")
