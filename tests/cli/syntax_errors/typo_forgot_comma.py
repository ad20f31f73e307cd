print(1 2 improt)
