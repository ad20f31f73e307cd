class Pause:
    def __await__(self):
        yield "paused"
async def worker():
    try:
        await Pause()
        return "finished normally"
    except ValueError as e:
        return f"recovered from {e}"
    finally:
        print("worker finally")
c = worker()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print(e.value)
c2 = worker()
c2.send(None)
c2.close()
print("closed")
