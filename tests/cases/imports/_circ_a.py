print("a: start")
import _circ_b
A_VALUE = "a value"
def use_b():
    return _circ_b.B_VALUE
print("a: end")
