class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise KeyError("exit failed")
with CM():
    raise ValueError("body failed")
