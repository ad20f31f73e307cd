words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(dict(sorted(inverted.items())))
print(max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
