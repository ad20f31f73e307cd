ba = bytearray(b"hello")
ba.extend([32, 119])
ba += b"orld"
print(ba, ba.upper(), ba.find(b"w"), ba.count(b"l"), ba.split(), ba.replace(b"l", b""))
ba[0:1] = b"J"
ba[-5:] = b"there"
print(ba, ba.index(b"t"), ba.startswith(b"Je"), ba.decode(), bytes(ba))
ba2 = ba.copy()
ba2.reverse()
print(ba2, ba == ba2[::-1], ba * 2 == ba + ba, bytearray(b"x") < bytearray(b"y"))
ba.clear()
ba.extend(range(3))
print(ba, list(ba), ba.hex(), bytearray.fromhex("ff 00"), ba.pop(), ba.isalnum())
try:
    ba[0] = 999
except ValueError as e:
    print(e)
try:
    ba[0:1] = 5
except TypeError as e:
    print(e)
