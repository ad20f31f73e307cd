x: int
y: "str" = "s"
if False:
    z: float
try:
    raise ValueError
except ValueError:
    handled: bytes
def f(): pass
