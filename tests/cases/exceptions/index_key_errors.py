for op in (lambda: [1, 2][5], lambda: [][-1], lambda: (1,)[3], lambda: "ab"[10], lambda: range(3)[5],
           lambda: [].pop(), lambda: [1].pop(7), lambda: b"x"[4], lambda: bytearray()[0]):
    try:
        op()
    except IndexError as e:
        print(type(e).__name__, e)
for op in (lambda: {}["a"], lambda: {1: 2}[3], lambda: {}[(1, "x")], lambda: {}.pop("p"), lambda: set().pop(),
           lambda: {}.popitem(), lambda: {}[""], lambda: set().remove(5)):
    try:
        op()
    except KeyError as e:
        print(type(e).__name__, e, repr(e))
