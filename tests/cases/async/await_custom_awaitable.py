class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield f"suspended at {self.tag}"
        return f"{self.tag} resumed with {got}"
async def task():
    a = await Suspend("one")
    print(a)
    b = await Suspend("two")
    print(b)
    return "task done"
t = task()
print(t.send(None))
print(t.send("x"))
try:
    t.send("y")
except StopIteration as e:
    print(e.value)
