samples = ["abc", "ABC", "Abc Def", "abc123", "123", "١٢٣", "½", "²", " \t\n", "", "a b", "_id", "1id", "é", "\x00", "Ⅻ", "ab\n"]
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isnumeric(),
          s.isidentifier(), s.islower(), s.isupper(), s.istitle(), s.isspace(), s.isprintable())
