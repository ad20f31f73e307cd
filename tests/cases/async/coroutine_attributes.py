async def coro_fn(x):
    return x
c = coro_fn(1)
print(type(c).__name__, c.cr_running, c.cr_await, c.cr_code.co_name, c.__name__)
print(coro_fn.__code__.co_flags & 0x80 != 0)
c.close()
async def agen_fn():
    yield 1
ag = agen_fn()
print(type(ag).__name__, ag.ag_running, ag.__name__, agen_fn.__code__.co_flags & 0x200 != 0)
