def g():
    x = 1
    if x:
        pass
    whille x: pass
