def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print(i, j)
    else:
        print("inner else never")
for ch in "ab":
    pass
print(ch)
for k in []:
    pass
else:
    print("empty for else")
