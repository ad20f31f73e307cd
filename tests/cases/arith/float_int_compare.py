big = 2 ** 53 + 1
print(big == float(big), big > float(big), big - 1 == float(big))
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -10 ** 400 > float("-inf"))
print(1 == 1.0, 1 < 1.5, 2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64)
print(float("nan") == 0, 0 < float("nan"))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
