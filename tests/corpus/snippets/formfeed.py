ab 
  x
