fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for j in range(3):
        def g():
            return j
        out.append(g)
    j = 100
    return out
print([g() for g in make()])
