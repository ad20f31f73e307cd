for spec in ("d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "", "10d", "<6b", "s"):
    try:
        print(spec, repr(format(65, spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
print(format(True, "d"), format(True, ""), format(True, "f"), format(2 ** 100, "x"), format(-(2 ** 70), "o"))
