def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("async generator cleanup")
async def main():
    g = numbers()
    async for n in g:
        if n == 1:
            break
    await g.aclose()
    return "done"
print(run(main()))
