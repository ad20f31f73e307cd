log = []
def source():
    for i in range(4):
        log.append(f"produce {i}")
        yield i
def double(it):
    for x in it:
        log.append(f"double {x}")
        yield x * 2
def keep_big(it):
    for x in it:
        if x > 2:
            yield x
print(list(keep_big(double(source()))))
print(log)
