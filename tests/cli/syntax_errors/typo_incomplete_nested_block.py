def f():
    if x:
        pass


    tf y:
        return
