for v in (0, 1, -1, 0.0, 0.1, 0j, "", " ", [], [[]], (), {}, {0: 0}, set(), None, range(0), range(1), b"", bytearray(1)):
    print(repr(v), bool(v), "T" if v else "F")
