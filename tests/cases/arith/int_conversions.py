print(int("101", 2), int("ff", 16), int("0o17", 0), int("0b101", 0), int("z", 36), int("-0x10", 16))
print(int(" -42 "), int("+7"), int(3.99), int(-3.99), int(True))
print(int("١٢٣"))
for s, base in (("12a", 10), ("", 10), ("0x", 16), ("1_", 10), ("9", 8), ("10", 1), ("10", 37)):
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(2.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
