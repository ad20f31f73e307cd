print(str(), str(1), str(1.5), str([1]), str(None), str(b"b"), str(b"caf\xc3\xa9", "utf-8"), str(b"x", encoding="ascii"))
print(str(b"\xff", "utf-8", "replace"), str(bytearray(b"ba"), "ascii"), str(str), str(True))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    str(1, "utf-8")
except TypeError as e:
    print(e)
try:
    str("s", "utf-8")
except TypeError as e:
    print(e)
