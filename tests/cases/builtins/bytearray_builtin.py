ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba[1], ba[-2:], bytes(ba))
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
ba.insert(0, 33)
print(ba, ba.pop(), ba.pop(0), ba)
ba.reverse()
print(ba, ba.upper(), ba.find(b"Z"), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
ba2 = ba
ba += b"!"
print(ba2 is ba, ba)
ba.remove(ord("!"))
ba.clear()
print(ba)
for bad in (lambda: ba.append(256), lambda: bytearray(b"a").remove(9), lambda: bytearray().pop()):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
