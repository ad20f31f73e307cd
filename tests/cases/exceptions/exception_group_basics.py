eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
print(eg, repr(eg.message), len(eg.exceptions), type(eg).__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
sub = eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))
print(repr(sub))
print(eg.subgroup(OSError))
d = eg.derive([RuntimeError("r")])
print(repr(d), type(d).__name__)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
for bad in (lambda: ExceptionGroup("e", []), lambda: ExceptionGroup("e", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("e", [KeyboardInterrupt()])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
