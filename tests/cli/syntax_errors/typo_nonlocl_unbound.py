def f():
    nonlocl x
