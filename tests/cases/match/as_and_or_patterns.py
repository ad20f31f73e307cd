def m(x):
    match x:
        case [1, (2 | 3) as second] as whole:
            return f"second={second} whole={whole}"
        case (0 | 1) as bit:
            return f"bit {bit}"
        case {"k": [*_] as items} if items:
            return f"items {items}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case _:
            return "none"
for v in ([1, 3], [1, 4], 0, 1, {"k": [1]}, {"k": []}, "a", b"b"):
    print(m(v))
