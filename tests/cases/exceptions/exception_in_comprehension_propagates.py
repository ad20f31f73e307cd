def risky(x):
    if x == 2:
        raise ValueError(f"bad {x}")
    return x
try:
    [risky(x) for x in range(5)]
except ValueError as e:
    print(e)
try:
    {x: risky(x) for x in range(5)}
except ValueError as e:
    print("dict comp", e)
g = (risky(x) for x in range(5))
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("genexp", e)
print(next(g, "generator finished after error"))
