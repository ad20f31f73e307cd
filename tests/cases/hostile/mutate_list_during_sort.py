data = [5, 3, 1, 4, 2]
def key(x):
    data.append(x)
    return x
try:
    data.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(len(data) >= 0)
class Evil:
    def __init__(self, v, victim):
        self.v, self.victim = v, victim
    def __lt__(self, other):
        self.victim.clear()
        return self.v < other.v
victim = []
victim.extend(Evil(i, victim) for i in range(5))
try:
    victim.sort()
except ValueError as e:
    print(type(e).__name__, e)
