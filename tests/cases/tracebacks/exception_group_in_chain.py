# An exception group as the context of another exception, and a group nested in a group that
# carries a traceback.
def inner():
    raise ExceptionGroup("inner", [ValueError("a"), TypeError("b")])
try:
    try:
        inner()
    except ExceptionGroup as eg:
        raise ExceptionGroup("outer", [eg, KeyError("k")])
except ExceptionGroup:
    raise RuntimeError("handling failed")
