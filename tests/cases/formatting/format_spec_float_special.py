for v in (float("inf"), float("-inf"), float("nan")):
    print(format(v, "f"), format(v, "F"), format(v, "e"), format(v, "E"), format(v, "g"), format(v, "G"),
          format(v, "%"), format(v, "010.2f"), format(v, "+"))
print(format(1e16, ""), format(1e16, "g"), format(1e15, ""), format(123456789012345678.0, "f"))
print(format(0.1, ".20f"), format(2.675, ".2f"), format(1.0, ".0e"), format(5e-324, "e"), format(5e-324, ".3g"))
