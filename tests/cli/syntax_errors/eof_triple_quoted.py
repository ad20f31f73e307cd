def f():
    """doc
