import warnings


def warn_from_helper():
    warnings.warn("deprecated in helper", DeprecationWarning)
    warnings.warn("user warning in helper")
    x = 1
    return x is 1
