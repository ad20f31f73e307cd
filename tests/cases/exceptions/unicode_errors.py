try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\x80abc".decode("ascii")
except UnicodeError as e:
    print(e)
print(b"\xffabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"), "é".encode("ascii", "replace"))
print("é".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
