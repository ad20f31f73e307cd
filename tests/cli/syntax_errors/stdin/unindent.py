if x:
    pass
  y
