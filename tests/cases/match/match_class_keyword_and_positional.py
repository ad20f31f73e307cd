class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
def m(p):
    match p:
        case Pt(x, y=0, norm1=n):
            return f"on x axis, norm {n}"
        case Pt(norm1=1):
            return "unit"
        case Pt(missing_attr=1):
            return "never"
        case Pt(x=px):
            return f"other x={px}"
for p in (Pt(3, 0), Pt(0, 1), Pt(2, 2)):
    print(m(p))
