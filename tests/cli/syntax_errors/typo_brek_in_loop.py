for x in y:
    brek 1
