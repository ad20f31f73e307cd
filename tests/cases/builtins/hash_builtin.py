print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 62))
print(hash(-(2 ** 61)), hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2, 3)), hash((1, (2, 3))), hash(()), hash((None,)) == hash((None,)), hash(frozenset()))
print(hash(10 ** 20), hash(-10 ** 20), hash(3.0) == hash(3), hash(2 + 0j) == hash(2), hash(1j), hash(-1.0))
print(hash(2 ** 64 + 1), hash(7 / 2), hash(2 ** 0.5))
class H:
    def __hash__(self):
        return 2 ** 100
print(hash(H()))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
