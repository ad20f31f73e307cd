print((10).to_bytes(2, "big"), (10).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print((2 ** 70).to_bytes(9, "big"))
print((3).as_integer_ratio(), (-7).is_integer(), (5).conjugate(), (5).numerator, (5).denominator)
print((5).real, (5).imag, int.__name__)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
