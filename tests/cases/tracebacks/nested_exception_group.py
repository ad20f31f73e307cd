raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [KeyError("k"), OSError(2, "missing")])])
