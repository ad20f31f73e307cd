class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return f"{type(self).__name__}.add"
    def __radd__(self, o): return f"{type(self).__name__}.radd"
    def __lt__(self, o): return f"{type(self).__name__}.lt"
    def __gt__(self, o): return f"{type(self).__name__}.gt"
class Sub(Num):
    def __radd__(self, o): return "Sub.radd"
    def __gt__(self, o): return "Sub.gt"
print(Num(1) + Sub(2), Sub(1) + Num(2), 1 + Num(1))
print(Num(1) < Sub(2), Sub(1) < Num(2), 1 < Num(1), Num(1) > 1)
