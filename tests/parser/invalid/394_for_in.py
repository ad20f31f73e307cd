(a async for x y)
