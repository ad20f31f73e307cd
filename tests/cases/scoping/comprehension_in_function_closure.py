def outer():
    factor = 3
    return [lambda x, i=i: x * factor + i for i in range(3)]
print([f(10) for f in outer()])
def nested_comp():
    n = 2
    return [[i * n + j for j in range(n)] for i in range(n)]
print(nested_comp())
def uses_outer_in_cond():
    limit = 3
    return [x for x in range(10) if x < limit]
print(uses_outer_in_cond())
