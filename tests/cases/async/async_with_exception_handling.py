def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
class ACM:
    async def __aenter__(self):
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit sees", et.__name__ if et else None)
        return False
async def main():
    try:
        async with ACM() as r:
            print("using", r)
            raise KeyError("inside")
    except KeyError as e:
        print("propagated", e)
    async with ACM():
        return "returned from inside async with"
print(run(main()))
