import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder, -sys.maxsize - 1)
print(len(range(sys.maxsize)), sys.maxsize + 1)
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print(e)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.maxunicode)
