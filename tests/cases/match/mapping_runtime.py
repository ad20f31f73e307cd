# MATCH_KEYS at run time: values come from `get(key, sentinel)`, duplicate keys (equal values
# of different dotted names) are a ValueError, unhashable keys a TypeError; `**rest` copies.
class Keys:
    one = "a"
    same = "a"
    number = 1
    float_one = 1.0
    unhashable = []
def attempt(label, subject, fn):
    try:
        print(label, fn(subject))
    except Exception as e:
        print(label, type(e).__name__, e)
def dup(v):
    match v:
        case {Keys.one: 1, Keys.same: 1}:
            return "matched twice"
        case _:
            return "fell through"
attempt("duplicate", {"a": 1, "b": 2}, dup)
attempt("too short, no lookup", {"a": 1}, dup)
def dup_numeric(v):
    match v:
        case {Keys.number: _, Keys.float_one: _}:
            return "?"
attempt("1 and 1.0", {1: "x", 2: "y"}, dup_numeric)
def unhashable(v):
    match v:
        case {Keys.unhashable: _}:
            return "?"
try:
    unhashable({"a": 1})
except TypeError as e:
    print("unhashable", type(e).__name__, e, "| context:", e.__context__)
class Logged(dict):
    def get(self, key, default=None):
        print("  get", key, "sentinel" if type(default) is object else default)
        return dict.get(self, key, default)
    def __missing__(self, key):
        print("  __missing__ must not be called")
        return 0
d = Logged()
d["a"] = 1
d["b"] = 2
def lookup(v):
    match v:
        case {"a": 1, "zz": _}:
            return "has zz"
        case {"b": 2, "a": 1, **rest}:
            return f"rest {rest} (a copy: {rest is not v})"
print(lookup(d))
class NoneGet(dict):
    def get(self, key, default=None):
        return None
n = NoneGet()
n["k"] = "v"
match n:
    case {"k": value}:
        print("get decides the value:", value)
match {"x": 1, "y": 2, "z": 3}:
    case {"y": 2, **others}:
        others["new"] = 0
        print("others", others)
match {}:
    case {**empty}:
        print("empty rest", empty)
match {"a": None}:
    case {"a": None, **kw} if not kw:
        print("None value matches, no rest")
for candidate in ([("a", 1)], "ab", 42, {1: 2}.keys()):
    match candidate:
        case {}:
            print(type(candidate).__name__, "mapping")
        case _:
            print(type(candidate).__name__, "not a mapping")
