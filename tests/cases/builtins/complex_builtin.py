print(complex(), complex(1), complex(1, 2), complex("3+4j"), complex(" 5j "), complex("1e3-2.5e-1j"))
print(complex(1 + 2j), complex(2.5), complex("inf-infj"), complex(True, False))
for bad in (lambda: complex("1+2"), lambda: complex("j1"), lambda: complex("1", 2), lambda: complex(None), lambda: complex("(1+2j"),):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(complex("(1+2j)"), (1 + 2j).real, (1 + 2j).imag, (3 - 4j).conjugate())
