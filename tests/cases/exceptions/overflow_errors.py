tests = [lambda: [0] * (2 ** 64), lambda: range(2 ** 64)[0:1], lambda: len(range(2 ** 64)),
         lambda: chr(2 ** 64), lambda: 2.0 ** 2000, lambda: float(2 ** 2000), lambda: (1).to_bytes(-1, "big"),
         lambda: "x" * (2 ** 63), lambda: 10.0 ** 400]
for t in tests:
    try:
        r = t()
        print("ok", type(r).__name__)
    except (OverflowError, ValueError, MemoryError) as e:
        print(type(e).__name__, e)
