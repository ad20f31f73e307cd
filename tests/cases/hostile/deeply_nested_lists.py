x = []
for _ in range(50):
    x = [x]
print(x)
y = []
for _ in range(100000):
    y = [y]
try:
    s = repr(y)
    print(len(s))
except RecursionError as e:
    # the message names the stack size, which differs between machines
    print(type(e).__name__)
d = {}
for _ in range(30):
    d = {"k": d}
print(str(d).count("{"))
