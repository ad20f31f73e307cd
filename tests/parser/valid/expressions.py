a or b or c
(a or b) or c
a and b and c or d
not a
not not a
a if b else c
a if b else c if d else e
lambda: 0
lambda x, y=1, *a, z, **k: x
lambda *, k: k
lambda x, /, y: x
a < b <= c != d == e > f >= g
a is b, a is not b, a in b, a not in b
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
-a + +b - ~c
a ** -b ** c
-a ** b
await x
x.y.z
f(a)(b)(c)
f(a, *b, c=d, **e)
f(*a, *b, **c, **d)
f(x for x in y)
f(a, b=1, *c)
x[0]
x[1:2]
x[1:2:3]
x[::]
x[:]
x[a, b]
x[a:b, c]
x[*a]
x[*a, b]
x[()]
x[a,]
(1, 2)
(1,)
()
[1, 2]
[]
{1: 2, **x}
{}
{1, 2, *x}
[x for x in y if x if z]
{x for x in y}
{k: v for k, v in items}
(x for x in y for z in x)
[x async for x in y]
(y := 10)
[y := f(x), y**2]
f(y := 1)
x[y := 1]
...
None, True, False
f(a)[b].c(d)
a.b[c](d).e
(a)
((a))
(a)(b)
(yield)
(yield from x)
[*a, *b]
*a, b = c
print(*args, sep="")
