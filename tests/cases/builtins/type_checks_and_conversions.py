for v in (0, 1.5, "3", b"4", [5], (6,), {7}, {8: 9}, None, True):
    print(type(v).__name__, bool(v), str(v), repr(v), isinstance(v, (int, float)))
