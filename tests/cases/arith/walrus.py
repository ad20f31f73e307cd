data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((z := 5) + z)
vals = [last := v for v in range(3)]
print(vals, last)
def f():
    [w := k for k in range(4)]
    return w
print(f())
