print a = 1
