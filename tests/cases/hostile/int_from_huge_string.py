try:
    n = int("9" * 5000)
    print(n % 10)
except ValueError as e:
    print(type(e).__name__, e)
n = int("1" + "0" * 4299)
print(n == 10 ** 4299)
try:
    int("1" * 4301, 16)
    print("base 16 is not limited")
except ValueError as e:
    print(e)
try:
    int("1" * 5000, 7)
except ValueError as e:
    print(e)
