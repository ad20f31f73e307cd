for v in (255, -255, 0):
    print(format(v, "#b"), format(v, "#o"), format(v, "#x"), format(v, "#X"), format(v, "b"), format(v, "o"), format(v, "X"))
print(format(1.0, "#g"), format(1.0, "g"), format(1.5, "#.0f"), format(2.0, "#.0e"), format(10, "#010x"))
