# values around the 64-bit boundary must overflow into big ints silently
big = 2 ** 63
print(big - 1, big, big + 1)
print(-big, -big - 1)
print((2 ** 63 - 1) + 1)
print((2 ** 62) * 4)
print(9223372036854775807 * 9223372036854775807)
print(-9223372036854775808 // -1)
print(abs(-9223372036854775808))
print(-(-9223372036854775808))
x = 1
for i in range(70):
    x *= 2
print(x)
print(x // 2 ** 69)
print(type(x).__name__, type(2 ** 100 // 2 ** 99).__name__)
