def f(log):
    try:
        log.append("try")
        return "from try"
    except Exception:
        log.append("except")
    else:
        log.append("else never runs after return")
    finally:
        log.append("finally")
log = []
print(f(log), log)
def g():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("g finally")
print(g())
