class Mutator:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 0
    def __eq__(self, other):
        self.d.clear()
        return False
d = {}
d[Mutator(d)] = 1
try:
    result = d.get(Mutator(d), "missing")
    print(result, len(d))
except RuntimeError as e:
    print(type(e).__name__, e)
