def averager():
    total = count = 0
    while True:
        value = yield
        total += value
        count += 1
g = averager()
next(g)
g.send(10)
g.send("eleven")
