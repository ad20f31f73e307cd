class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, *exc):
        print("close", self.n, exc[0].__name__ if exc[0] else "clean")
        return False
def use():
    with Res(1) as r1, Res(2) as r2:
        print("using", r1.n, r2.n)
        return "returned"
print(use())
for i in range(3):
    with Res(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
try:
    with Res("a"), Res("b"):
        raise ValueError
except ValueError:
    print("propagated")
