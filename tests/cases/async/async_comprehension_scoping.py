def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    for c in "xyz":
        yield c
async def double(c):
    return c * 2
async def main():
    a = [await double(c) for c in "ab"]
    b = {c: await double(c) async for c in agen()}
    g = (c async for c in agen())
    collected = [v async for v in g]
    return a, b, collected, type(g).__name__
print(run(main()))
