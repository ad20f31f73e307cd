[a for x y in z]
