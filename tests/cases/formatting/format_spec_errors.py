for v, spec in ((1, "z"), (1, ".2d"), (1.5, "d"), (1, ",b"), (1, "_c"), (1.5, "c"), (1, "xx"), (1, "=s"),
                (1, ",_"), (1, "_,"), ("s", ","), (2 ** 100, "c"), (1j, "="), (1j, "010"), (1.0, "#c")):
    try:
        print(repr(format(v, spec)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
