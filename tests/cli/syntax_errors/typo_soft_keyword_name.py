match = 1
improt match
