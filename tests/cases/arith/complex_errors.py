for op in (lambda: (1 + 2j) // 2, lambda: (1 + 2j) % 2, lambda: 1j < 2j, lambda: (1 + 1j) / 0,
           lambda: complex("abc"), lambda: int(1j), lambda: float(1j)):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
