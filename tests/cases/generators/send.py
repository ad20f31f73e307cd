def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
a = accumulator()
print(a.send(None))
print(a.send(5), a.send(10), a.send(-3))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
b = accumulator()
try:
    b.send(1)
except TypeError as e:
    print(e)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
print(next(e), e.send("a"), e.send("b"), e.send("c"))
