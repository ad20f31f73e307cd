def m(x):
    match x:
        case []:
            return "empty"
        case [x, y, *_] if x == y:
            return "first two equal"
        case [1, [2, inner]]:
            return f"nested {inner}"
        case (a, b, c):
            return f"triple {a}{b}{c}"
        case [*init, last]:
            return f"init={init} last={last}"
for v in ([], [5, 5, 1], [1, [2, 3]], (7, 8, 9), [1, 2], "abc", range(2)):
    print(repr(v), m(v))
match "abc":
    case [*chars]:
        print("str is not a sequence here", chars)
    case str():
        print("matched as str")
match bytearray(b"ab"):
    case [*_]:
        print("bytearray sequence?")
    case _:
        print("bytearray not a sequence pattern")
