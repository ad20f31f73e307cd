# An object-heavy program: instances, attribute access, method calls, lists and dicts.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


def run(n):
    points = [Vector(i, i + 1) for i in range(1000)]
    index = {}
    total = Vector(0, 0)
    for step in range(n):
        for p in points:
            total = total.add(p)
        index[step] = total.norm2() % 1000
    return total.x, total.y, sum(index.values())


print(run(300))
