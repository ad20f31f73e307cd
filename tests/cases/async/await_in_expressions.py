def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def val(x):
    return x
async def main():
    a = await val(1) + await val(2)
    b = [await val(i) for i in range(3)]
    c = {await val("k"): await val("v")}
    d = await val(5) if await val(True) else 0
    e = (await val(3)) ** 2
    f = f"{await val('fmt')}"
    return a, b, c, d, e, f
print(run(main()))
