x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0b1100; print(x)
x ^= 0b1111; print(x)
x /= 4; print(x)
l = [1]
m = l
l += [2]
print(l, m, l is m)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)
d = {"k": [1]}
d["k"] += [2]
print(d)
class A:
    v = 1
a = A()
a.v += 10
print(a.v, A.v)
