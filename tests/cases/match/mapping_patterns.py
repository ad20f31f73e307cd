def m(d):
    match d:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty-ish mapping"
for v in ({"type": "point", "x": 1, "y": 2, "z": 9}, {"type": "circle", "r": 3, "color": "red"},
          {"type": "hex"}, {"other": 1}, {}, [("type", "point")]):
    print(m(v))
class Custom(dict):
    pass
match Custom(a=1):
    case {"a": 1}:
        print("dict subclass matches")
