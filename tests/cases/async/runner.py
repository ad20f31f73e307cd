class Sleep:
    def __await__(self):
        yield "sleep"
def run_all(*coros):
    queue = list(coros)
    results = {}
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[c.__name__] = e.value
    return results
async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await Sleep()
    return f"{name} finished"
async def alpha():
    return await worker("alpha", 2)
async def beta():
    return await worker("beta", 3)
print(run_all(alpha(), beta()))
