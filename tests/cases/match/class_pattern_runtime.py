# MATCH_CLASS at run time: isinstance through metaclasses, __match_args__ rules, the built-in
# types that match themselves, and which lookup errors mean "no match".
def attempt(label, subject, fn):
    try:
        print(label, fn(subject))
    except Exception as e:
        print(label, type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
class Anything(metaclass=Meta):
    __match_args__ = ("real", "imag")
def m1(v):
    match v:
        case Anything(r, i):
            return ("number", r, i)
        case _:
            return "not an int"
attempt("instancecheck", 5, m1)
attempt("instancecheck", "5", m1)
class Strict:
    __match_args__ = ("a", 1)
    a = "A"
def m2(v):
    match v:
        case Strict(x):
            return ("one", x)
        case Strict(x, y):
            return ("two", x, y)
attempt("one positional", Strict(), m2)
def _two(v):
    match v:
        case Strict(_, _):
            return "unreachable"
attempt("bad element", Strict(), _two)
class Dup:
    __match_args__ = ("x",)
    x = 1
def m3(v):
    match v:
        case Dup(1, x=1):
            return "dup"
attempt("duplicate", Dup(), m3)
class Raising:
    __match_args__ = ("ok", "boom")
    ok = 1
    @property
    def boom(self):
        raise KeyError("boom")
def m4(v):
    match v:
        case Raising(1, _):
            return "matched"
attempt("getattr raises", Raising(), m4)
class MissingAttr:
    __match_args__ = ("nothing",)
def m5(v):
    match v:
        case MissingAttr(1):
            return "matched"
        case MissingAttr():
            return "no attribute means no match"
attempt("missing", MissingAttr(), m5)
class MyInt(int):
    pass
class MyStr(str):
    __match_args__ = ("upper_name",)
    upper_name = "fixed"
def m6(v):
    match v:
        case MyInt(n):
            return ("myint", n, type(n).__name__)
        case MyStr(s):
            return ("mystr uses its __match_args__", s)
        case bool(b) | float(b) | bytes(b) | frozenset(b) | set(b):
            return ("self", b)
attempt("subclass", MyInt(7), m6)
attempt("subclass", MyStr("x"), m6)
attempt("self", False, m6)
attempt("self", b"by", m6)
attempt("self", frozenset(), m6)
attempt("self", 2.5, m6)
def m7(v):
    match v:
        case float(a, b):
            return "two"
attempt("too many", 1.5, m7)
def m8(v):
    match v:
        case print():
            return "print?"
attempt("not a class", 1, m8)
class NoneArgs:
    __match_args__ = None
def m9(v):
    match v:
        case NoneArgs(1):
            return "?"
attempt("None match_args", NoneArgs(), m9)
