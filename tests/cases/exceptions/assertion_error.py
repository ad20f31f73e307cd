def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x
print(check(1))
try:
    check("s")
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert (1, "tuple is truthy") == (2, "x"), ("msg", 2)
except AssertionError as e:
    print(e.args)
