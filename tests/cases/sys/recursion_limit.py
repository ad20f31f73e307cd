import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(150)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(100 < d < 150)
for bad in (0, -5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
