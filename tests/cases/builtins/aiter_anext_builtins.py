class Src:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def main():
    it = aiter(Src())
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "stopped"
    return a, b, c, d
print(run(main()))
try:
    aiter([1])
except TypeError as e:
    print(e)
try:
    anext(iter([1]))
except TypeError as e:
    print(e)
