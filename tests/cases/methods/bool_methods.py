print(True.__and__(False), True.__or__(False), True.__xor__(True), True.__and__(1), True.__invert__() if False else "skip")
print(True.__int__() if hasattr(True, "__int__") else 1, True.__add__(True), True.__repr__(), False.__str__(), bool.__name__)
print(True.numerator, True.denominator, True.as_integer_ratio(), True.to_bytes(), True.bit_length(), True.is_integer())
print(hash(True), hash(False), True.__hash__() == hash(1), {True: "t"}[1])
