def consumer(log):
    while True:
        item = yield
        if item is None:
            return len(log)
        log.append(item.upper())
def producer(target, items):
    next(target)
    for it in items:
        target.send(it)
    try:
        target.send(None)
    except StopIteration as e:
        return e.value
log = []
print(producer(consumer(log), ["a", "b", "c"]), log)
