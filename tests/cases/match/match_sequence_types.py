def kind(x):
    match x:
        case (a, b):
            return f"pair {a},{b}"
        case [a, b, c]:
            return f"triple {a},{b},{c}"
        case _:
            return "other"
for v in ((1, 2), [3, 4], range(2), [1, 2, 3], "ab", b"ab", {1: 2, 3: 4}, iter([1, 2]), memoryview(b"ab")):
    print(type(v).__name__, kind(v))
