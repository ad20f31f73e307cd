if x:
  if y:
