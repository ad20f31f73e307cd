def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "handled"
    finally:
        print("agen finally")
async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.athrow(ValueError))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
run(main())
