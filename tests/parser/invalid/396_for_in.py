f(a for x y)
