squares = [i * i for i in range(10) if i % 2]
pairs = {k: v for k, v in zip("ab", "cd")}
total = sum(x for x in range(5))


def gen():
    yield 1
    yield from range(3)
    return 4
