try:
    x = [0] * (10 ** 18)
except MemoryError:
    print("MemoryError")
try:
    x = bytearray(10 ** 18)
except MemoryError:
    print("MemoryError for bytearray")
try:
    b"x" * (2 ** 63)
except OverflowError as e:
    print(type(e).__name__, e)
print("done")
