for f in (lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: None + 1, lambda: "a" * 2.0,
          lambda: {} - {}, lambda: 1 < "a", lambda: [] > (), lambda: -"x", lambda: ~1.5, lambda: 1 @ 2,
          lambda: "a" % (), lambda: [1] * [2], lambda: None < None, lambda: 3 - None, lambda: abs("x")):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
