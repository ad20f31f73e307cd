l = list(range(10))
l[slice(2, 5)] = ["x"]
print(l)
del l[slice(None, None, 3)]
print(l)
s = slice(1, None)
print("abcdef"[s], (1, 2, 3)[s], range(5)[s], b"xyz"[s])
