class Step:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        sent = yield self.v
        return sent
async def inner():
    a = await Step("first")
    b = await Step("second")
    return a + b
async def outer():
    r = await inner()
    return r.upper()
c = outer()
print(c.send(None))
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("result", e.value)
