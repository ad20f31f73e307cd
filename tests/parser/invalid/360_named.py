a b
  if x:
    c
   d

