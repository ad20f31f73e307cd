tests = [lambda: "{".format(), lambda: "}".format(), lambda: "{0} {}".format(1, 2), lambda: "{} {0}".format(1, 2),
         lambda: "{2}".format(1), lambda: "{x}".format(), lambda: "{0.missing}".format(1), lambda: "{0[5]}".format([1]),
         lambda: "{!z}".format(1), lambda: "{:>{}}".format(1), lambda: "{0:{1:{2}}}".format(1, 2, 3),
         lambda: "{0[}".format([]), lambda: "{a.}".format(a=1)]
for t in tests:
    try:
        print(repr(t()))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
