def none1():
    pass
def none2():
    return
def multi():
    return 1, 2
def early(x):
    if x:
        return "early"
    return "late"
print(none1(), none2(), multi(), early(1), early(0))
def loop_return():
    for i in range(10):
        if i == 3:
            return i
print(loop_return())
def try_return():
    try:
        return "try"
    finally:
        print("finally runs")
print(try_return())
