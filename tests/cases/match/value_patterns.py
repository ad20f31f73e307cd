class Color:
    RED = "red"
    GREEN = "green"
class Cfg:
    limit = 10
def m(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Cfg.limit:
            return "at limit"
        case _:
            return "no match"
for v in ("red", "green", 10, "blue"):
    print(m(v))
