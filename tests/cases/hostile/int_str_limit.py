import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), int("9" * 4300) % 10)
try:
    print(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)) > 4300, big.bit_length())
sys.set_int_max_str_digits(6000)
print(len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
