try:
    try:
        raise ValueError("first")
    except ValueError:
        undefined_in_handler
except NameError as e:
    print(e, "| context:", repr(e.__context__))
def f():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        raise ArithmeticError("wrapped") from e
try:
    f()
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__))
