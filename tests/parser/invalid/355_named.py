@d=x
def f(): pass
