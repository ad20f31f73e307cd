print(format(5), format(5, ""), format("s"), (5).__format__(">3"), "x".__format__("^3"), (1.5).__format__(".1e"))
print(object.__format__(object(), "") != "", type(format(object(), "")).__name__)
try:
    object.__format__(object(), "x")
except TypeError as e:
    print(e)
class Sub(int):
    pass
print(format(Sub(255), "x"), f"{Sub(7):03}")
