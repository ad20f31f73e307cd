print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(-8, 1 / 3))
print(pow(3, 4, 5), pow(3, -1, 7), pow(2, 100, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(38, -1, 97), pow(5, -2, 13), pow(2, 0, 1))
print(2 ** -2, (-2) ** -2, 0.5 ** 2, (-0.5) ** 3, 4 ** 0.5, 8 ** (1 / 3))
print((-1) ** 0.5)
print(10 ** -1, 0 ** 0.0, 0.0 ** 0)
for args in ((2, -1, 4), (0, -1, 7), (2, 3, 0), (2.0, 3, 5), (2, 1.5, 7)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
