def apply(f, *a):
    return f(*a)
print(apply(max, 3, 9, 2), apply(str.upper, "abc"))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(len, str, abs)(-12345))
def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
print(curry(pow)(2)(10))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
