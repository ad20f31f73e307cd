class Tick:
    def __await__(self):
        yield
class AsyncCM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        await Tick()
        return self.name
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return et is KeyError
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with AsyncCM("a") as a, AsyncCM("b") as b:
        print("inside", a, b)
    async with AsyncCM("c"):
        raise KeyError("suppressed")
    try:
        async with AsyncCM("d"):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("caught", e)
    return "main done"
print(run(main()))
