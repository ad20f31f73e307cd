class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    total = 0
    async for v in ARange(4):
        total += v
    else:
        print("async for else")
    it = aiter(ARange(2))
    return total, await anext(it), await anext(it), await anext(it, "end")
print(run(main()))
