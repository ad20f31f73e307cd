def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def fails():
    raise ValueError("inside coroutine")
async def catcher():
    try:
        await fails()
    except ValueError as e:
        return f"caught {e}"
print(run(catcher()))
class Yield:
    def __await__(self):
        yield
async def waits():
    try:
        await Yield()
    except KeyError as e:
        return f"thrown in: {e!r}"
c = waits()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
