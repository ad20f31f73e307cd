for s in ("hello world", "HELLO", "hElLo wOrLd", "ß straße", "ǅungla", "123abc", "o'neil is-here", "", "ﬁre"):
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
