print(abs(-True), divmod(True, 2), pow(True, 10), round(True), max(True, 0.5), min(False, -0.5))
print(int(2.999), int(-2.999), round(2.999), round(-2.5), round(-3.5), round(0.5), round(1.5))
print(sum([0.1] * 3) == 0.3, abs(sum([0.1] * 3) - 0.3) < 1e-15, divmod(-7.5, 2), divmod(7, -2.5))
