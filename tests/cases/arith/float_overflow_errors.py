try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(int(float("inf")))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(int(float("nan")))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print((-8.0) ** (1 / 3))
except ValueError as e:
    print(type(e).__name__, e)
print(1e308 * 10)
