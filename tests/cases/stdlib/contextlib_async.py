from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext
from contextlib import AbstractAsyncContextManager, AsyncContextDecorator

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")

@asynccontextmanager
async def actx(name):
    """async doc"""
    print("enter", name)
    try:
        yield name * 2
    except KeyError as e:
        print("swallowed", repr(e))
    finally:
        print("exit", name)

async def main():
    async with actx("a") as v:
        print("body", v)
    async with actx("b"):
        raise KeyError("k")
    try:
        async with actx("c"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    @actx("deco")
    async def f(x):
        print("f", x)
        return x + 1
    print(await f(1), await f(2))
    print(f.__name__, actx.__doc__)

    @asynccontextmanager
    async def noyield():
        if False:
            yield
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        print("RE", e)
    @asynccontextmanager
    async def twice():
        yield
        yield
    try:
        async with twice():
            pass
    except RuntimeError as e:
        print("RE", e)
    @asynccontextmanager
    async def plain():
        yield
    for exc in (StopIteration("si"), StopAsyncIteration("sai")):
        try:
            async with plain():
                raise exc
        except BaseException as e:
            print(type(e).__name__, e, e is exc)

    class AG:
        async def aclose(self):
            print("aclosed")
    async with aclosing(AG()) as ag:
        print(type(ag).__name__)
    async with nullcontext(7) as n:
        print(n)

    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(actx("s1")))
        stack.enter_context(nullcontext())
        async def acb(*args, **kw):
            print("acb", args, kw)
        stack.push_async_callback(acb, 1, k=2)
        stack.callback(print, "sync cb")
        async def aexit(t, v, tb):
            print("aexit", t)
            return True
        stack.push_async_exit(aexit)
        raise IndexError
    print("after async stack")
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(nullcontext.__new__(object))
    except TypeError as e:
        print(e)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        print(e)
    s = AsyncExitStack()
    s.callback(print, "aclose cb")
    await s.aclose()
    s2 = AsyncExitStack()
    s2.push_async_callback(acb, "moved")
    s3 = s2.pop_all()
    await s2.aclose()
    await s3.aclose()
    class ACM:
        async def __aenter__(self): return "acm"
        async def __aexit__(self, *a):
            print("ACM exit", a[0])
    async with AsyncExitStack() as stack:
        print(type(stack.push_async_exit(ACM())).__name__)
    print(issubclass(ACM, AbstractAsyncContextManager))
    class Deco(AsyncContextDecorator):
        async def __aenter__(self): print("deco enter")
        async def __aexit__(self, *a): print("deco exit")
    @Deco()
    async def h():
        return "h"
    print(await h())
    return "done"

print(run(main()))
