class I(int):
    def __str__(self): return "x"
class F(float):
    def __str__(self): return "y"
class S(str):
    def __str__(self): return "z"
print(format(I(1)), f"{I(1)}", format(I(1), "d"), "{}".format(I(2)), format(F(1.0)), format(S("a")), f"{S('a')}")
