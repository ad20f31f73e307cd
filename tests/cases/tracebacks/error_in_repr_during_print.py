class Bad:
    def __repr__(self):
        raise RuntimeError("repr failed")
print("before")
print([Bad()])
