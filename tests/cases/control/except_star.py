try:
    raise ExceptionGroup("grp", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as rest:
    print("unhandled:", rest.message, [type(e).__name__ for e in rest.exceptions])
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", type(eg).__name__, repr(eg.exceptions[0]))
