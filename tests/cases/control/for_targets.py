pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
d = {}
for d["key"] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in "xyz":
    pass
print(o.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for [a, (b, c)] in [[1, (2, 3)]]:
    print(a, b, c)
