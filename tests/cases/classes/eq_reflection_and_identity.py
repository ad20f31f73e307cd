class Left:
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, o):
        print("Right.__eq__")
        return NotImplemented
print(Left() == Right())
print(Left() != Right())
x = Left()
print(x == x)
print([x] == [x], x in [x])
