class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30][i], "abcdef"[i:Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
print(operator_like := (lambda a, b: a * b)(3, i.__index__()))
print([0] * Idx(3), int(Idx(7)), (10).__pow__(Idx(2)))
class NoIdx:
    pass
try:
    [1][NoIdx()]
except TypeError as e:
    print(e)
try:
    half = 1.5
    "abc"[half]
except TypeError as e:
    print(e)
