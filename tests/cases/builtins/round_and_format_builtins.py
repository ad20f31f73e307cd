print(format(3.14159, ".2f"), format(255, "x"), format("s", ">3"), format(1234567, ","), format(0.5, "%"))
print(round(2.567, 1), round(-2.5), round(3.5), round(12345, -3), round(0.1 + 0.2, 15))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, round(True), type(round(True)).__name__)
