class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __str__(self):
        return f"point {self.x}"
    def __format__(self, spec):
        return f"<{spec}:{self.x}>"
p = P("a")
print(p, repr(p), str(p), [p], f"{p}", f"{p!r}", f"{p!s}", f"{p:>5}", format(p, "z"))
print("%s %r" % (p, p), "{} {!r} {:q}".format(p, p, p))
class OnlyRepr:
    def __repr__(self):
        return "R!"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
