def m(x):
    match x:
        case [first, *middle, last]:
            return first, middle, last
        case [*only]:
            return "short", only
for v in ([1], [1, 2], [1, 2, 3, 4], (9, 8, 7)):
    print(m(v))
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("starts with 1 and ends with 5")
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print("others", others)
