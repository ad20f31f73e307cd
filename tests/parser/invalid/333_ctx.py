def f[T](x y): pass
