import sys
print(type(sys.path).__name__, len(sys.path) > 0)
print(sys.path[0].endswith("/cases/sys"), sys.path[0].rsplit("/", 1)[-1])
print(__file__.rsplit("/", 1)[0] == sys.path[0])
