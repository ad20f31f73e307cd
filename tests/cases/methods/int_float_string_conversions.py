print(str(255), repr(255), hex(255), oct(255), bin(255), f"{255:08b}", int("ff", 16), int("0b11111111", 2))
print(str(0.1), repr(1 / 3), float("1e-3"), "%.3f" % 2.0005, round(2.0005, 3), f"{1e21:f}", str(1e21), str(123456789.0))
print(int(float("1e15")), float(int("9" * 20)), str(-0.0), float("-0"), int("-0"), 1e-323, 2e-323)
