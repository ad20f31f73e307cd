def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
class Adapter:
    def __init__(self, it):
        self.it = iter(it)
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration from None
async def main():
    return [x async for x in Adapter("abc")], [x async for x in Adapter([]) ]
print(run(main()))
class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad():
    async for x in BadANext():
        pass
try:
    run(bad())
except TypeError as e:
    print(e)
