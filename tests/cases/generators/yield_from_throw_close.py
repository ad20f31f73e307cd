def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        print("inner handles ValueError")
        yield "handled"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
o = outer()
print(next(o))
print(o.throw(ValueError()))
o.close()
print("---")
o = outer()
next(o)
try:
    o.throw(KeyError("k"))
except KeyError as e:
    print("escaped", e)
