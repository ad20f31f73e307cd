class A:
    pass
a = A()
try:
    raise ValueError("one")
except ValueError as first:
    try:
        raise KeyError("two")
    except KeyError as second:
        print(second.__context__ is first)
print("done")
