print(ascii("plain"), ascii("é"), ascii("日本"), ascii("\U0001f600"), ascii(["é", "x"]), ascii(b"\xff"))
print(repr("日本"), repr("\u0301"), repr("\u2028"), repr("\xa0"), repr("\x1b"), repr("\ud800"))
print(str("\u00e9"), len("é"), len("e\u0301"))
