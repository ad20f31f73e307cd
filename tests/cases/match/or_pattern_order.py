# Alternatives may bind the same names in different orders; each binds the right values.
def m(v):
    match v:
        case [a, b, c, 0] | [c, b, a, 1] | [b, c, a, 2]:
            return ("abc", a, b, c)
        case {"x": x, "y": y} | [y, x] | Pt(x=x, y=y):
            return ("xy", x, y)
        case ([p, q] | (q, p, _)) as whole:
            return ("pq", p, q, whole)
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
for v in ([1, 2, 3, 0], [1, 2, 3, 1], [1, 2, 3, 2], {"x": 1, "y": 2}, [1, 2], Pt(5, 6), (1, 2, 3)):
    print(m(v))
