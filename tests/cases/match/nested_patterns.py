class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case {"shape": "line", "points": [Pt(x=x1, y=y1), Pt(x2, y2)]}:
            return f"line {x1},{y1} -> {x2},{y2}"
        case {"shape": "poly", "points": [Pt(0, 0) as origin, *others]} if others:
            return f"poly from origin {origin.x},{origin.y} with {len(others)} more"
        case [[a, b], [c, d]] | ((a, b), (c, d)):
            return f"matrix {a}{b}{c}{d}"
        case [("x" | "y") as axis, (int() | float()) as amount]:
            return f"move {axis} by {amount}"
        case [[[deep]]]:
            return f"deep {deep}"
        case {"meta": {"tags": [*tags], **more}}:
            return f"tags {tags} more {more}"
        case (Pt(x=0) | Pt(y=0)) as on_axis:
            return f"on an axis at {on_axis.x},{on_axis.y}"
        case _:
            return "unknown"
values = [
    {"shape": "line", "points": [Pt(1, 2), Pt(3, 4)]},
    {"shape": "poly", "points": [Pt(0, 0), Pt(1, 1), Pt(2, 0)]},
    {"shape": "poly", "points": [Pt(0, 0)]},
    [[1, 2], [3, 4]],
    ((5, 6), (7, 8)),
    ["y", 2.5],
    ["z", 1],
    [[["bottom"]]],
    {"meta": {"tags": ["a", "b"], "id": 7}},
    Pt(0, 9),
    Pt(4, 0),
    Pt(4, 4),
]
for v in values:
    print(describe(v))
