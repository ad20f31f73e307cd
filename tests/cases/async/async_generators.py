class Tick:
    def __await__(self):
        yield
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * i
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    out = []
    async for v in agen(4):
        out.append(v)
    g = agen(2)
    first = await g.__anext__()
    second = await anext(g)
    default = await anext(g, "done")
    return out, first, second, default, type(g).__name__
print(run(main()))
async def comp():
    return [v async for v in agen(3)], {v async for v in agen(3) if v}
print(run(comp()))
