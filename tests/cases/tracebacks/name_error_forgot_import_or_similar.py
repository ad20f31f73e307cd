# A standard-library module name with a close name in scope: both hints are given.
maths = "not the module"
def area(r):
    return math.pi * r * r
area(2)
