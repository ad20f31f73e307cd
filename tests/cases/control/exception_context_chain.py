def nested():
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError:
            raise KeyError("three")
try:
    nested()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    try:
        raise ValueError("same")
    except ValueError as inner:
        raise inner
except ValueError as e:
    print("context of reraised", e.__context__)
