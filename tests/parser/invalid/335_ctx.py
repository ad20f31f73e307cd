f(x=a b)
