z = [a for a in b c]
