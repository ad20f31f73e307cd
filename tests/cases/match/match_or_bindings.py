def m(x):
    match x:
        case [a, 1] | [1, a]:
            return f"a={a}"
        case {"x": v} | {"y": v}:
            return f"v={v}"
        case (int() | float()) as num if num > 0:
            return f"positive {num}"
        case _:
            return "none"
for v in ([5, 1], [1, 7], {"y": 3}, {"x": 4, "y": 5}, 2.5, -1, "s"):
    print(m(v))
