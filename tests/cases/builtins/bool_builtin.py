print(bool(), bool(0), bool(1), bool("x"), bool([]), bool(bool), type(bool(1)).__name__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(True.__class__, bool.__base__, int(True) + int(False))
print(True.real, True.bit_length(), True.conjugate(), repr(True & True), True.__and__(1))
