a = 123456789012345678901234567890
b = 987654321
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b))
print(a * a // a == a)
print(a / b)
print(10 ** 30 / 10 ** 10)
