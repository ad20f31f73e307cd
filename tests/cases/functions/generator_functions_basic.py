def gen():
    yield 1
    yield 2
print(type(gen).__name__, type(gen()).__name__, gen.__code__.co_flags & 0x20 != 0)
print(list(gen()), gen.__name__)
def nogen():
    return 1
print(nogen.__code__.co_flags & 0x20)
