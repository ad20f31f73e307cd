s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.find("zz"), s.rfind("bra"), s.rfind("a", 0, 5), s.find(""), s.find("", 20))
print(s.index("c"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 3, 8), "aaaa".count("aa"))
print(s.startswith("abr"), s.startswith(("x", "ab")), s.endswith("bra"), s.endswith("cad", 0, 7), s.startswith("a", 20))
for call in (lambda: s.index("zz"), lambda: s.rindex("q"), lambda: s.startswith(["a"])):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(s.find("a", -3), s.find("a", -100, -8), "".find(""), "abc".find("c", None, None))
