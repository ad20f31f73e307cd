log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, k
print(f(v(1), *[v(2)], v(3), k1=v(4), **{"k2": v(5)}))
print(log)
log.clear()
d = {v("key"): v("value")}
print(log)
log.clear()
v(1)[0] if False else v([0])[v(0)]
print(log)
