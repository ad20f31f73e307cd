log = []
def check(name, result):
    log.append(name)
    return result
match [1, 2]:
    case [a, b] if check("guard1", a > b):
        print("first")
    case [a, b] if check("guard2", a < b):
        print("second", a, b)
print(log)
match 5:
    case x if x > 10:
        pass
    case y:
        pass
print(x, y)
