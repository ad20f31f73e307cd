print(round(3.14159, 2), round(3.14159, 0), round(3.5), round(4.5), round(-3.5), round(1234, -2))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(0.125, 2), round(0.375, 2))
print(round(2.5, None), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(7), round(7, 2))
print(round(1e300, -300), round(123.456, -1), round(-0.4), round(5e-324, 400))
print(round(10 ** 30 + 5, -1))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
