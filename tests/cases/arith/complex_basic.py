z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 4j))
print(complex(1, 2), complex("1+2j"), complex(3), complex(), complex("-1.5j"))
print(-z, +z, z == 3 + 4j, z != 3)
print(2j, -2j, 0j, 1 + 0j, -0j, complex(0, -0.0))
print(repr(1e20 + 1e-5j), (1 + 1j) ** 2, 2 ** (1j * 0))
print(complex(float("inf"), float("nan")))
