print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
for obj in ([], {}, set(), bytearray()):
    try:
        hash(obj)
    except TypeError as e:
        print(e)
print(hash(range(3)) == hash(range(0, 3)), hash(b"x") == hash(b"x"), hash(None) == hash(None))
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0), hash(2 ** 61 - 1) == hash(0))
