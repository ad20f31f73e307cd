[a for x]
