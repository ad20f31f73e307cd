found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print(found)
count = 0
for i in range(3):
    j = 0
    while True:
        j += 1
        if j > i:
            break
        count += 1
print(count)
