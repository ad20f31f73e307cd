async def f():
    awiat g()
