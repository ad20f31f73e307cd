eg = ExceptionGroup("root", [
    ValueError(1),
    ExceptionGroup("mid", [TypeError(2), ValueError(3)]),
    KeyError(4),
])
vals, rest = eg.split(ValueError)
print(repr(vals))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))
print(eg.split(lambda e: False))
print([type(e).__name__ for e in eg.exceptions], str(eg))
