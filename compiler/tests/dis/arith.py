x = 1 + 2 * 3
y = -x ** 2
print(x // 2, x % 3, x / 4, x if x > 0 else y)
