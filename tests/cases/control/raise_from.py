try:
    try:
        {}["a"]
    except KeyError as e:
        raise ValueError("bad key") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("x") from KeyError
except RuntimeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e = ValueError()
e.__cause__ = KeyError()
print(e.__suppress_context__)
