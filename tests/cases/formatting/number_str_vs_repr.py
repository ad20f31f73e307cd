for v in (1.0, 1e16, 1.5e-7, 123.0, 0.1, 2 ** 0.5, 1e100, -1e-100):
    print(str(v), repr(v), f"{v}", "%s" % v, "%r" % v, "{}".format(v), format(v, ""), format(v, "g"), "%g" % v)
