def a():
    try:
        return "try"
    finally:
        return "finally"
def b():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed"
def c():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("finally", i)
    return i
def d():
    x = 1
    try:
        return x
    finally:
        x = 2
print(a())
print(b())
print(c())
print(d())
