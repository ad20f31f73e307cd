class E:
    def __eq__(self, o):
        return True
print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print(e)
try:
    {E()}
except TypeError as e:
    print(e)
class H:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
print(len({H(1), H(1), H(2)}), H(1) in {H(1)})
class Sub(H):
    def __eq__(self, o):
        return False
print(Sub.__hash__)
class Keep(H):
    def __eq__(self, o):
        return False
    __hash__ = H.__hash__
print(hash(Keep(5)) == hash(5))
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain(), Plain.__hash__ is object.__hash__)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
