def recurse(n):
    return recurse(n + 1) + 1
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError caught:", e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
print("still alive", sum(range(10)))
