for v in (0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100)):
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()))
try:
    hex(1.5)
except TypeError as e:
    print(e)
