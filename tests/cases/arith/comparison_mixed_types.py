print(1 < 2.5 < 3 < 10 ** 20 < float("inf"))
print(True < 2, False == 0.0, 0 == -0.0, 1 + 0j == 1, 1j == 1j)
print(-1 < -0.5 < 0 < 0.5 < 1)
print(2 ** 200 > 1e60, 2 ** 200 < 1e61, -(2 ** 200) < -1e60)
print(float("nan") > 1, float("nan") < 1, float("nan") == float("nan"), 1 != float("nan"))
for a, b in ((1, "1"), ([], ()), (None, 0)):
    print(a == b, a != b)
