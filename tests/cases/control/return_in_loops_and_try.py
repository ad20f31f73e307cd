def first_negative(xs):
    for x in xs:
        try:
            if x < 0:
                return x
        finally:
            print("checked", x)
    return None
print(first_negative([3, 1, -2, 5]))
def while_return():
    n = 0
    while True:
        n += 1
        if n == 4:
            return n
print(while_return())
