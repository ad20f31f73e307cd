class Wrapper:
    def __init__(self, values):
        self.values = values
    def __await__(self):
        results = []
        for v in self.values:
            results.append((yield v))
        return results
async def main():
    return await Wrapper(["a", "b"])
c = main()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print(e.value)
