i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else after normal end")
while True:
    i -= 1
    if i == 1:
        break
else:
    print("not printed")
print("i =", i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
while False:
    pass
else:
    print("else of empty while")
