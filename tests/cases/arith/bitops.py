print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -1 >> 10, -16 >> 2)
print(-5 & 3, -5 | 3, -5 ^ 3, -5 & -3, -5 | -3)
print(1 << 100, (1 << 100) >> 98, -(1 << 100) >> 99)
print((2 ** 100 - 1) & (2 ** 64 + 5), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100 + 7))
print(-(2 ** 100) & 0xFF, -(2 ** 100) & (2 ** 101 - 1), ~(2 ** 70))
print(-(2 ** 70) >> 3, -(2 ** 70) >> 200, (2 ** 70) >> 200, 5 << 0)
print((123).bit_length(), (-123).bit_length(), (2 ** 100).bit_length(), (0).bit_length())
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count())
for a, b in ((1, -1), (1.0, 2)):
    try:
        print(a << b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
