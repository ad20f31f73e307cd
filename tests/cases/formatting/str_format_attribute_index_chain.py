class A:
    def __init__(self):
        self.items = [{"k": ["deep"]}]
        self.name = "obj"
a = A()
print("{0.items[0][k][0]} {0.name!r:>8} {1[0]}".format(a, ("t",)))
print("{x.name}{y}".format(x=a, y="!"), "{0}{0}".format("twice"))
print("{:.3}".format("truncate"), "{:.3}".format(3.14159), "{:3}".format(7), "{:3}".format("s"))
