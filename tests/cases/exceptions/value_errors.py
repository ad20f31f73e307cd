tests = [lambda: int("x"), lambda: int("1.5"), lambda: float("abc"), lambda: [1, 2].index(5),
         lambda: "abc".index("z"), lambda: (1,).index(2), lambda: [].remove(1), lambda: range(0, 5, 0),
         lambda: chr(-1), lambda: chr(0x110000), lambda: "a".split(""), lambda: int("10", 99),
         lambda: bytes([256]), lambda: complex("1+"), lambda: "%d" % "x", lambda: "{}{}".format(1),
         lambda: "abc".center(5, "xy"), lambda: bytes.fromhex("zz"), lambda: slice(1, 2, 0).indices(5),
         lambda: [1, 2, 3][::0], lambda: "{:d}".format(1.5), lambda: "{0:q}".format(1), lambda: float("1e"),
         lambda: max([]), lambda: min([], key=len)]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
