async def add(a, b):
    return a + b
coro = add(2, 3)
print(type(coro).__name__, coro.__name__, coro.__qualname__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
async def chain():
    x = await add(1, 1)
    y = await add(x, 10)
    return y
c = chain()
try:
    c.send(None)
except StopIteration as e:
    print("chain result", e.value)
c2 = add(0, 0)
c2.close()
print("closed without running")
