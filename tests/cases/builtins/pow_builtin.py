print(pow(2, 8), pow(2, -2), pow(-2, 2), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(7, 2, 5), pow(-7, 2, 5), pow(7, 2, -5))
print(pow(3, -1, 11), pow(2, -3, 7), pow(base=2, exp=5), pow(2, 5, mod=3), pow(10 ** 20, 3, 10 ** 9 + 7))
print(pow(1j, 2), pow(2, 1 + 1j) == 2 ** (1 + 1j), pow(-1, 0.5), pow(True, 5))
for args in ((2, -1, 4), (1.5, 2, 3), (2, 2, 0), ("a", 2)):
    try:
        pow(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
