class N:
    pass
n = N()
for stmt in ("n += 1", "n -= 1", "n *= 1", "n /= 1", "n //= 1", "n %= 1", "n **= 1", "n <<= 1",
             "n >>= 1", "n &= 1", "n |= 1", "n ^= 1", "n @= 1"):
    try:
        exec(stmt)
    except TypeError as e:
        print(e)
