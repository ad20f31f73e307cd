(a in b c)
