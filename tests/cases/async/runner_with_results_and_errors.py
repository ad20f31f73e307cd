class Yield:
    def __await__(self):
        yield
def gather(*coros):
    pending = list(enumerate(coros))
    results = [None] * len(coros)
    while pending:
        i, c = pending.pop(0)
        try:
            c.send(None)
            pending.append((i, c))
        except StopIteration as e:
            results[i] = ("ok", e.value)
        except Exception as e:
            results[i] = ("error", repr(e))
    return results
async def good(n):
    for _ in range(n):
        await Yield()
    return n * 10
async def bad():
    await Yield()
    raise ValueError("bad task")
print(gather(good(2), bad(), good(0)))
