# Repeated identical frames: three are shown, then "[Previous line repeated N more time(s)]".
def a(n):
    if n == 0:
        raise ValueError("bottom")
    return a(n - 1)
def b(n):
    if n == 0:
        return a(4)
    return b(n - 1)
b(3)
