for f in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
          lambda: 1.0 % 0.0, lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: 2 ** 100 // 0,
          lambda: 0 / 0.0, lambda: 1j / 0, lambda: pow(0, -1)):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
