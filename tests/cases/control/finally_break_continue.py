def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "done", i
print(f())
def g():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after loop"
print(g())
def h():
    results = []
    for i in range(3):
        try:
            try:
                results.append(("try", i))
                if i == 1:
                    raise KeyError(i)
            finally:
                results.append(("inner finally", i))
        except KeyError:
            results.append(("caught", i))
            continue
        finally:
            results.append(("outer finally", i))
    return results
for r in h():
    print(r)
