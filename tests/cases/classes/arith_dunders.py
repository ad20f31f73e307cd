class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def _zip(self, o, f):
        return V(*(f(a, b) for a, b in zip(self.c, o.c)))
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __rmul__(self, k): return V(*(k * a for a in self.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k): return V(*(a ** k for a in self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return V(*reversed(self.c))
    def __lshift__(self, n): return V(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n): return V(*(self.c[-n:] + self.c[:-n]))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __divmod__(self, k): return ("divmod", k)
a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a, a / 2, b // 2, b % 4, a ** 2, a @ b)
print(-a, +a, abs(V(3, 4)), ~a, a << 1, a >> 1, a & b, a | b, a ^ b, divmod(a, 7))
