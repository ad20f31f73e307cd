try:
    s = "a" * 10 ** 12
    print("allocated", len(s))
except MemoryError as e:
    print(type(e).__name__)
try:
    s = "a" * (2 ** 63)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    l = [None] * (2 ** 62)
except MemoryError as e:
    print(type(e).__name__)
