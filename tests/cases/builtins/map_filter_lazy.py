log = []
def note(x):
    log.append(x)
    return x * 2
m = map(note, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
f = filter(lambda x: log.append(("f", x)) or x > 1, [1, 2])
print(list(f), log[-2:])
