def compute(x):
    return x.upper()
items = {"k": 5}
compute(items["k"])
