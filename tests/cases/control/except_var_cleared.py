try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
try:
    e
except NameError as err:
    print(err)
e = "outer"
try:
    raise KeyError
except KeyError as e:
    pass
print("e" in dir())
def f():
    x = 1
    try:
        raise ValueError
    except ValueError as x:
        pass
    return "x" in locals()
print(f())
