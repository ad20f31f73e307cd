assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(e)
try:
    assert [], {"detail": [1, 2]}
except AssertionError as e:
    print(e.args[0])
x = 0
def side():
    global x
    x += 1
    return "msg"
assert True, side()
print(x)
