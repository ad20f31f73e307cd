def m(x):
    match x:
        case [a]:
            return f"one: {a}"
        case [a, _]:
            return f"two, first {a}"
        case [_, _, *rest]:
            return f"many, rest {rest}"
        case other:
            return f"captured {other!r}"
for v in ([1], [1, 2], [1, 2, 3, 4], (), "str", 5):
    print(m(v))
match 42:
    case n if n > 40:
        print("guard passed", n)
    case n:
        print("fallback", n)
print(n)
