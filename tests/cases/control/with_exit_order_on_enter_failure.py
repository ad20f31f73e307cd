class R:
    def __init__(self, n, fail=False):
        self.n, self.fail = n, fail
    def __enter__(self):
        if self.fail:
            raise RuntimeError(f"enter {self.n} failed")
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n, a[0])
try:
    with R(1), R(2, fail=True), R(3):
        print("never")
except RuntimeError as e:
    print(e)
