class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, hash(P(1, 2)) == hash((1, 2)))
d = {P(0, 0): "origin"}
print(d[P(0, 0)])
k = P(5, 5)
d[k] = "mutable key"
k.x = 6
print(P(5, 5) in d, P(6, 5) in d, len(d))
