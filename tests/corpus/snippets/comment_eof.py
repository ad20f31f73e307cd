if x:
  # c