# The exception type is printed with its module unless it is builtins or __main__.
class Custom(Exception):
    pass
Custom.__module__ = "library.errors"
class Nested:
    class Inner(Exception):
        pass
try:
    raise Nested.Inner("nested")
except Exception as e:
    print(type(e).__qualname__)
try:
    raise Nested.Inner("first")
except Exception:
    raise Custom("custom module")
