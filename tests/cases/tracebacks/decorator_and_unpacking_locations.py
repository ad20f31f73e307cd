# Decorators are applied at their own lines; unpacking errors point at the target.
def checked(f):
    return f
def broken(f):
    raise RuntimeError("decorator failed for " + f.__name__)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("caught:", e)
@checked
@broken
def work():
    pass
