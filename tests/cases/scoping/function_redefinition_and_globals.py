def f():
    return 1
g = f
def f():
    return 2
print(f(), g())
def caller():
    return helper()
def helper():
    return "defined after caller"
print(caller())
def rebinder():
    global helper
    helper = lambda: "rebound"
rebinder()
print(caller())
