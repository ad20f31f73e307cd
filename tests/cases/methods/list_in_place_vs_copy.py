a = [3, 1, 2]
b = sorted(a)
print(a, b, a.sort(), a)
c = a
c += [4]
print(a is c, a)
d = a[:]
d.append(5)
print(a, d)
e = list(a)
e.reverse()
print(a, e, a.reverse(), a)
f = [[1, 2]] * 2
g = [row[:] for row in f]
g[0].append(3)
f[0].append(9)
print(f, g)
