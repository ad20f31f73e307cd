print(int(), int(5), int("  -12  "), int("0b11", 0), int("0o17", 0), int("0xff", 0), int("z", 36), int("1_000"))
print(int(9.99), int(-9.99), int(2.5e20), int("007"), int("0", 0), int(b"42"), int(bytearray(b"7")))
for s, base in (("08", 0), ("0_1", 0), ("_1", 10), ("1__0", 10), ("0x", 0), ("٣", 10), ("12", 3), (" ", 10)):
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
class T:
    def __trunc__(self):
        return 3
try:
    print(int(T()))
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 11
print(int(Idx()), int("10", base=Idx()))
