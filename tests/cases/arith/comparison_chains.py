x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5, 1 < 3 > 2 == 2 != 3)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(3), calls)
calls.clear()
print(f(1) < f(0) < f(3), calls)
print(1 == 1.0 == True, "a" < "b" < "c", [1, 2] < [1, 3] <= [1, 3])
print((1, 2) < (1, 2, 0), (2,) > (1, 99), "abc" < "abd", "Z" < "a", "" < "a")
print(not 1 < 2, not (1 == 2))
