# Case mappings and predicates follow CPython's Unicode 16.0 definitions.
words = ["straße", "ǆemal", "ǅemal", "ΌΣΟΣ ΟΣ", "İstanbul", "ﬁﬂ", "ŉ", "ᾳ", "Ⅻ ⅻ", "σς", "a\u0345b", "ǈ"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["Ab Cd", "AB", "ab", "ǅ", "ǅa", "Σ", "A1b", "1A", "ⅫA", "", "Aǅ"]:
    print(repr(w), w.istitle(), w.isupper(), w.islower())
chars = "a٣²½Ⅻ一\u00a0\u2028\x1f_é\u0301ℌ"
print([(c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isalnum()) for c in chars])
print(["x\u0301".isidentifier(), "\u0301x".isidentifier(), "_1".isidentifier(), "℘".isidentifier(), "a-b".isidentifier()])
print(["\u00ad".isprintable(), "\u200b".isprintable(), " ".isprintable(), "\x7f".isprintable(), "é".isascii(), "".isascii()])
