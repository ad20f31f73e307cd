m = __import__("sys")
print(m.__name__, m is __import__("sys"), type(m).__name__)
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(e)
try:
    __import__(5)
except TypeError as e:
    print(e)
