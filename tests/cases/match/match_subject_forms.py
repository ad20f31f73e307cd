match 1, 2:
    case (1, x):
        print("tuple subject", x)
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")
d = {"a": [1, {"b": "deep"}]}
match d:
    case {"a": [_, {"b": str(s)}]}:
        print("deep", s)
match -0.0:
    case 0:
        print("negative zero matches 0")
match 1.0:
    case 1:
        print("float 1.0 matches literal 1")
match True:
    case 1:
        print("True matches 1 by ==")
match 1:
    case True:
        print("not printed: True uses is")
    case _:
        print("1 does not match True")
