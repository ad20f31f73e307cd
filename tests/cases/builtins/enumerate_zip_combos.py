names = ["a", "b", "c"]
scores = [3, 1, 2]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
print(dict(enumerate("xy")), list(zip(*enumerate("ab"))))
print(sorted(zip(scores, names)), max(zip(scores, names)))
