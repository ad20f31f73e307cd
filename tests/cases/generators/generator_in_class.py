class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, sorted(t, reverse=True))
class Counter:
    def __init__(self):
        self.n = 0
    def ticks(self):
        while self.n < 3:
            self.n += 1
            yield self.n
c = Counter()
print(list(c.ticks()), list(c.ticks()))
