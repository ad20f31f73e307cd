import sys
sys.setrecursionlimit(60)
def down(n):
    return down(n + 1)
down(0)
