e = ValueError("msg")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__, hasattr(e, "__notes__"))
print(type(e).__mro__[1].__name__, e.__class__.__name__, ValueError.__doc__ is not None)
print(isinstance(e, Exception), issubclass(ValueError, BaseException))
e.custom = 1
print(e.custom, e.__dict__)
print(KeyError("a") == KeyError("a"), ValueError.__name__, ValueError.__module__)
