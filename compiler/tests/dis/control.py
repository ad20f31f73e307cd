for i in range(3):
    if i == 1:
        continue
    while i < 10:
        i += 4
        if i > 8:
            break
    else:
        pass
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
else:
    pass
finally:
    print("done")
with open("x") as f, open("y"):
    pass
