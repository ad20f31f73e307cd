# Imported by import_once.py from two threads at once: the body must run once.
import time

LOADS = []
LOADS.append(1)
time.sleep(0.1)
VALUE = 42
