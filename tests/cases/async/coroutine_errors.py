async def f():
    return 1
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
c = f()
run(c)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def bad_await():
    await 5
try:
    run(bad_await())
except TypeError as e:
    print(e)
async def bad_async_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_async_for())
except TypeError as e:
    print(e)
async def bad_async_with():
    async with object():
        pass
try:
    run(bad_async_with())
except TypeError as e:
    print(e)
unawaited = f()
try:
    for x in unawaited:
        pass
except TypeError as e:
    print(e)
unawaited.close()
