def f():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally runs")
try:
    f()
except ValueError as e:
    print(e, e.__context__)
def g():
    try:
        raise KeyError("orig")
    finally:
        raise TypeError("from finally")
try:
    g()
except TypeError as e:
    print(repr(e), repr(e.__context__))
