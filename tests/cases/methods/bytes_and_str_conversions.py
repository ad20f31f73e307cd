s = "naïve café"
b = s.encode("utf-8")
print(b, len(s), len(b), b.decode("utf-8") == s, s.encode("latin-1"), s.encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"))
print(b.decode("latin-1"), bytes(s, "utf-8") == b, str(b, "utf-8"), list("é".encode()))
print(b"abc".decode("utf-8"), bytearray("hé", "utf-8").decode(), memoryview(b"xy").tobytes().decode())
print("abc".encode("utf-32-le"), b"\x00a".decode("utf-16-be"))
