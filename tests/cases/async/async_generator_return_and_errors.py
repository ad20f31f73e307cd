def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield 1
    raise ValueError("inside async generator")
async def main():
    out = []
    try:
        async for v in agen():
            out.append(v)
    except ValueError as e:
        out.append(str(e))
    return out
print(run(main()))
