# Which subjects sequence patterns accept, and how items are fetched: by unpacking (iteration)
# normally, by index and len() when the pattern has a `*_` wildcard.
class Logged(list):
    # The list itself stays empty: these methods serve the items.
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        print("  getitem", i)
        return self.data[i]
    def __len__(self):
        print("  len")
        return len(self.data)
    def __iter__(self):
        print("  iter")
        return iter(self.data)
items = Logged([1, 2, 3, 4])
def m(v):
    match v:
        case [first, *_, last]:
            return ("ends", first, last)
print(m(items))
def m2(v):
    match v:
        case [a, *rest]:
            return ("rest", a, rest)
print(m2(items))
def m3(v):
    match v:
        case [_, _, *_]:
            return "two or more, no items fetched"
print(m3(items))
def m4(v):
    match v:
        case [*_, x, _]:
            return ("second to last", x)
print(m4(items))
class Tup(tuple):
    pass
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case [*many]:
            return f"{len(many)} items"
        case _:
            return "not a sequence"
for v in ([], (), Tup((1,)), range(5, 7), range(0), "s", b"b", bytearray(b"ba"), {1: 2}, {1, 2}, frozenset(), iter([]), 3, None, [[]]):
    print(type(v).__name__, shape(v))
match range(10):
    case [0, 1, *middle, 9]:
        print("range middle", middle)
match (1, (2, (3, 4))):
    case (a, (b, (c, d))):
        print("nested tuples", a + b + c + d)
