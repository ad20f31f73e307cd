for x in (-2, 0, 3):
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
print(1 if [] else 2, 1 if [0] else 2)
def side(v):
    print("eval", v)
    return v
print(side("a") if True else side("b"))
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
print(0 or "", 0 or None, 1 and 2, [] and 1, "x" or "y", None and 1)
