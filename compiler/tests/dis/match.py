match command:
    case [x, *_, y] if x == y:
        pass
    case [first, *rest]:
        pass
    case (1 | 2) as small:
        pass
    case {"k": v, **kw}:
        pass
    case Point(0, y=yy):
        pass
    case None | True:
        pass
    case -1 | 1+2j | Color.RED:
        pass
    case [a, b] | [b, a]:
        pass
    case _:
        pass
