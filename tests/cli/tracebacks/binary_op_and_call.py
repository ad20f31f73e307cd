def ratio(a, b):
    return a / b
def report(values):
    return [ratio(v, 0) for v in values]
report([1])
