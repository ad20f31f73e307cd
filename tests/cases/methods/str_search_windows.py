# find/index/count/startswith with start/end windows, negative and out-of-range bounds.
s = "abracadabra"
print(s.find("a", 1), s.find("a", -3), s.find("a", 4, 7), s.find("a", 100), s.find("", 11), s.find("", 12))
print(s.rfind("a", 0, 5), s.rfind("a", -100, -2), s.rfind("", 3, 1), s.rfind("bra"))
print(s.count("a", 2), s.count("", 3, 5), s.count("", 20), s.count("", 5, 2), "aaaa".count("aa"))
print(s.index("c", None, None), s.rindex("a", 0, -1), s.find("a", 2 ** 100), s.find("a", -2 ** 100))
print(s.startswith("bra", 1), s.startswith("", 11), s.startswith("", 12), s.endswith("cad", 0, 7))
print(s.startswith(("x", "ab")), s.endswith(("ra", "x"), 5), s.startswith(()), "".endswith(""))
class Idx:
    def __index__(self):
        return 4
print(s.find("a", Idx()), s[Idx()], s.count("a", Idx(), Idx()))
try:
    s.find("a", 1.5)
except TypeError as e:
    print(e)
for bad in ("index", "rindex"):
    try:
        getattr(s, bad)("z")
    except ValueError as e:
        print(bad, e)
u = "héllo wörld"
print(u.find("ö"), u.index("l", 3), u.count("l"), u.rfind("l", 0, 5), u[u.find("w"):])
print("é日😀x".find("x"), "é日😀x".rindex("😀"), "é日😀x".startswith("日", 1), "😀😀".count("😀"))
