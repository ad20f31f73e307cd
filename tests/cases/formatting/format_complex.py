z = 1.5 - 2.25j
print(format(z, ""), format(z, ".2f"), format(z, "e"), format(z, "^30"), format(z, "+g"), format(1j, ""), format(1 + 0j, "g"))
print(f"{z.real:.1f} {z.imag:.1f}", f"{3j:>8}", f"{complex(1, -0.0)}")
