class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return 3
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class FloatOnly:
    def __float__(self): return 1.5
try:
    int(FloatOnly())
except TypeError as e:
    print(e)
