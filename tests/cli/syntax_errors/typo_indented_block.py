def f():
    if x:
        retrun 1
