try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as b:
            print("inner context", repr(b.__context__))
        raise KeyError("c")
except KeyError as c:
    print("outer context", repr(c.__context__), repr(c.__context__.__context__))
