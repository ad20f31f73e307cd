print(1 + 1.0, 2 * 0.5, 7 - 0.5, 3 / 1, 2 ** 0.5 * 2 ** 0.5, 10 // 3.0, 10 % 3.5)
print(2 ** 63 + 0.0, float(2 ** 63) == 2 ** 63, 2 ** 1023 * 1.0, 1 + 2j + 3.0)
print(True + 0.5, 3 * True, 1.0 * False)
try:
    2 ** 1024 * 1.0
except OverflowError as e:
    print(e)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, int(1e23))
