class NoGet:
    pass
five = 5
for op in (lambda: NoGet()[0], lambda: five[0], lambda: print[1], lambda: len[0]):
    try:
        op()
    except TypeError as e:
        print(e)
def assign():
    x = (1, 2)
    x[0] = 5
def delete():
    s = "abc"
    del s[0]
def assign_int():
    n = 3
    n[0] = 1
for f in (assign, delete, assign_int):
    try:
        f()
    except TypeError as e:
        print(e)
