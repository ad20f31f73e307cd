for v in (5, -5, 0, 2.5, -2.5, float("nan"), float("-inf"), -0.0):
    print(repr(format(v, "+")), repr(format(v, "-")), repr(format(v, " ")), repr(format(v, "z")) if isinstance(v, float) else "")
print(format(-0.0, "z.1f"), format(-0.0001, "z.2f"), format(-0.0001, ".2f"))
