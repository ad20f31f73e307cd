l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:], l[:-7], l[8:2:-2], l[100:], l[-100:2])
l[2:5] = ["a", "b"]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[1:1] = ["ins"]
print(l)
del l[::3]
print(l)
l[:] = []
print(l)
try:
    l2 = [1, 2, 3]
    l2[::2] = [9]
except ValueError as e:
    print(e)
m = [1, 2, 3]
m[5:] = [4]
print(m)
m[-100:1] = ["front"]
print(m)
