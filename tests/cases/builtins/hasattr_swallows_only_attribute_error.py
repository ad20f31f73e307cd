class Weird:
    @property
    def boom(self):
        raise ValueError("property raised")
    @property
    def missing(self):
        raise AttributeError("really missing")
print(hasattr(Weird(), "missing"))
try:
    hasattr(Weird(), "boom")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(Weird(), "missing", "fallback"))
