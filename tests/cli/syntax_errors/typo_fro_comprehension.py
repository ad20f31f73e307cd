[x fro x in y]
