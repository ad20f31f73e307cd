try:
    import does_not_exist_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nothing_like_this
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import sys.nope
except ModuleNotFoundError as e:
    print(e)
print(issubclass(ModuleNotFoundError, ImportError))
