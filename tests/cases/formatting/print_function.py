import sys
print("a", "b", "c")
print("a", "b", sep="-")
print("a", "b", sep="", end="!\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2, sep=None, end=None)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*[1, 2, 3], sep=", ")
print("x", file=None)
try:
    print("a", sep=1)
except TypeError as e:
    print(e)
try:
    print("a", end=[])
except TypeError as e:
    print(e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("to", "object", file=w)
print(w.parts)
