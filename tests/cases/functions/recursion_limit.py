import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0) > 100)
sys.setrecursionlimit(200)
def d2(n):
    return 0 if n == 0 else 1 + d2(n - 1)
try:
    d2(1000)
except RecursionError as e:
    print("limited", e)
print(d2(100))
