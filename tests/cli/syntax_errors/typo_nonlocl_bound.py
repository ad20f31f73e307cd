def g():
    x = 1
    def f():
        nonlocl x
