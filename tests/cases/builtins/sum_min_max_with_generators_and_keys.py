data = [("apples", 3), ("pears", 7), ("figs", 7), ("kiwis", 1)]
print(sum(n for _, n in data), max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]))
print(max(data, key=lambda t: (t[1], t[0])), sorted(data, key=lambda t: t[1])[0])
print(sum([[1], [2, 3]], start=[]), sum(range(10), start=100), sum([0.5] * 4))
