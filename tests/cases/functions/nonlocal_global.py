g = 0
def set_global():
    global g
    g = 5
set_global()
print(g)
def outer():
    x = "outer"
    def a():
        nonlocal x
        x = "changed"
    def b():
        x = "local"
        return x
    a()
    b()
    return x
print(outer())
def declare_later():
    global later_var
    later_var = 1
declare_later()
print(later_var)
def deep():
    v = 0
    def l1():
        def l2():
            nonlocal v
            v += 10
        l2()
    l1()
    l1()
    return v
print(deep())
