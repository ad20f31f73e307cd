for v in (1234567, -1234567, 123, 0, 10 ** 20):
    print(format(v, ","), format(v, "_"), format(v, "_b"), format(v, "_x"), format(v, ",d"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.3f"), format(0.5, ",%"))
print(format(1234567, "015,"), format(1234567, "0>15,"), format(-1234, "08,"))
print(format(123456789.123, ",e"), format(1234.5, ",g"), format(12345678, ",.3g"))
