class R:
    def __radd__(self, o): return f"radd({o!r})"
    def __rsub__(self, o): return f"rsub({o!r})"
    def __rtruediv__(self, o): return f"rtruediv({o!r})"
    def __rfloordiv__(self, o): return f"rfloordiv({o!r})"
    def __rmod__(self, o): return f"rmod({o!r})"
    def __rpow__(self, o): return f"rpow({o!r})"
    def __rmatmul__(self, o): return f"rmatmul({o!r})"
    def __rand__(self, o): return f"rand({o!r})"
    def __ror__(self, o): return f"ror({o!r})"
    def __rxor__(self, o): return f"rxor({o!r})"
    def __rlshift__(self, o): return f"rlshift({o!r})"
    def __rrshift__(self, o): return f"rrshift({o!r})"
    def __rdivmod__(self, o): return f"rdivmod({o!r})"
r = R()
print(1 + r, "s" - r, 2 / r, 3 // r, 4 % r, 5 ** r, [1] @ r)
print(6 & r, 7 | r, 8 ^ r, 9 << r, 10 >> r, divmod(11, r), pow(2, r))
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
