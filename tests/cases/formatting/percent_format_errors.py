tests = [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1,
         lambda: "%(k)s" % {}, lambda: "%(k)s" % ("a",), lambda: "%c" % 1114112, lambda: "%c" % "ab",
         lambda: "%" % (), lambda: "%*d" % ("x", 1), lambda: "%x" % 1.5, lambda: "%d" % [1],
         lambda: b"%s" % "str", lambda: "%.*f" % (1,)]
for t in tests:
    try:
        print(repr(t()))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
