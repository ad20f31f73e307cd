a = b = c = [1]
print(a is b is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
l = [10, 20, 30]
i = l[i] = 1
print(i, l)
d = {}
d["a"] = d["b"] = 5
print(d)
