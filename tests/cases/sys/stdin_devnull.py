import sys
data = sys.stdin.read()
print(repr(data), sys.stdin.readline() == "")
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
