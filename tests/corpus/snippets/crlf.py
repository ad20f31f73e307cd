if x:
  y

# c
z\
+1