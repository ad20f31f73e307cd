print(ascii("abc"), ascii("ä"), ascii("€"), ascii("\U0001f40d"), ascii(1), ascii([1, "é"]), ascii({"ü": b"\xfc"}))
class R:
    def __repr__(self):
        return "rëpr"
print(ascii(R()), repr(R()))
