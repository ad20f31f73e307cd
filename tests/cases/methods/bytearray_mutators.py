# bytearray's mutating methods and item/slice assignment.
ba = bytearray(b"hello")
ba.append(33); ba.extend(b" x"); ba.extend([121, 122]); ba.extend(bytearray(b"!")); ba.extend(iter([65]))
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 72); ba.insert(-1, 45); ba.insert(100, 46); ba.insert(-100, 60)
print(ba, ba.remove(108), ba, ba.copy() == ba, ba.copy() is ba)
ba.reverse(); print(ba); ba.clear(); print(ba, len(ba))
ba = bytearray(b"abcdef")
ba[0] = 65; ba[-1] = 70; ba[1:3] = b"XYZ"; print(ba)
ba[::2] = [49, 50, 51, 52]; print(ba)
ba[2:4] = bytearray(); ba[0:0] = [48]; print(ba)
del ba[0]; del ba[::3]; del ba[-1:]; print(ba)
ba[1:2] = ba; print(ba)
ba.resize(3); print(ba); ba.resize(5); print(ba)
ba += b"++"; ba *= 2; print(ba, ba.__iadd__(b"!"), ba.__imul__(1) is ba)
for bad in (lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.extend(1), lambda: ba.extend("ab"), lambda: ba.extend([1, 300]),
            lambda: ba.insert(0), lambda: ba.pop(100), lambda: bytearray().pop(), lambda: ba.remove(0), lambda: ba.remove(300),
            lambda: ba.resize(-1), lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, "a"), lambda: ba.__setitem__(100, 1),
            lambda: ba.__setitem__(slice(0, 1), 5), lambda: ba.__setitem__(slice(0, 1), "x"), lambda: ba.__setitem__(slice(0, 1), None),
            lambda: ba.__setitem__(slice(None, None, 2), b"x"), lambda: ba.__delitem__(100), lambda: ba.__delitem__("x"),
            lambda: ba.__iadd__([1]), lambda: hash(ba)):
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
