print x, *y
