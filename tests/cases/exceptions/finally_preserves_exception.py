def f():
    try:
        raise ValueError("original")
    finally:
        print("finally sees an exception in flight")
try:
    f()
except ValueError as e:
    print("caught", e)
def g():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
    finally:
        print("outer finally")
g()
