try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__, tb.tb_lineno, tb.tb_next)
    print(tb.tb_frame.f_code.co_name)
def inner():
    raise KeyError("k")
def outer():
    inner()
try:
    outer()
except KeyError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e = ValueError("fresh")
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e)
