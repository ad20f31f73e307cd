class NoArgs:
    pass
class Two:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match Two():
        case Two(1, 2, 3):
            pass
except TypeError as e:
    print(e)
try:
    match Two():
        case Two(1, a=1):
            pass
except TypeError as e:
    print(e)
class BadArgs:
    __match_args__ = ["x"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(e)
match Two():
    case Two(1, b=2):
        print("positional and keyword")
