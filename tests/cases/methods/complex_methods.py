z = complex(3, -4)
print(z.conjugate(), z.real, z.imag, abs(z), z.__abs__(), z == complex(3, -4), z != 3, z + 1, 1 - z, z * 1j, z / 2)
print(complex(1, 2) ** 2, (1 + 1j).__pow__(2), (2j).__rtruediv__(4), complex.__add__(1j, 1j), z.__neg__(), bool(0j), bool(1j))
print(hash(complex(1, 0)) == hash(1), complex(1.5, 0) == 1.5, complex(0, 0) == 0)
