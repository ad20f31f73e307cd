def raiser():
    raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [ValueError("b"), KeyError("c")])])
try:
    raiser()
except* ValueError as g:
    print(repr(g))
except* KeyError as g:
    print(repr(g))
try:
    try:
        raiser()
    except* ValueError:
        raise RuntimeError("in handler")
except ExceptionGroup as g:
    print(repr(g), [type(e).__name__ for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* (ValueError, KeyError) as g:
        print("tuple match", repr(g))
except Exception as e:
    print("no", e)
