# Errors raised while matching point at the pattern (or the guard) that raised them.
class Point:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x
class Broken:
    def __eq__(self, other):
        raise ValueError("cannot compare")
class Consts:
    broken = Broken()
def classify(v):
    match v:
        case [Point(0)] | {"p": Point(0)}:
            return "origin"
        case {"p": Point(x, y)}:
            return "two coordinates"
def guarded(v):
    match v:
        case [n] if n / 0:
            return "never"
try:
    classify({"p": Point(1)})
except TypeError as e:
    print("caught:", e)
try:
    guarded([1])
except ZeroDivisionError as e:
    print("caught:", e)
match Broken():
    case Consts.broken:
        print("unreachable")
