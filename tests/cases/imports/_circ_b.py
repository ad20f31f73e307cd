print("b: start")
import _circ_a
B_VALUE = "b value"
print("b: sees partial a:", hasattr(_circ_a, "A_VALUE"))
print("b: end")
