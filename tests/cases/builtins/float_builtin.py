print(float(), float(3), float("3.5"), float(" -1e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"))
print(float(True), float("0x10" if False else "16"), float(b"2.5"), float(bytearray(b"1e1")))
for bad in ("", "1.2.3", "0x10", "1e", "in f", "1__0", None, [1]):
    try:
        print(float(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
