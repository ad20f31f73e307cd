# Padding (center's odd-width rule), zfill signs, replace counts, join.
for w in range(3, 8):
    print(repr("ab".center(w, "*")), repr("abc".center(w, "-")), end=" ")
print()
print("é".center(4, "ö"), "x".ljust(3, "日"), "x".rjust(-1), "-5".zfill(4), "+5".zfill(4), "5".zfill(3), "-".zfill(3), "".zfill(2))
print("aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("abc".replace("b", ""), "".replace("", "x"), "héllo".replace("l", "L", 1), "a".replace("a", "bcd", count=3))
print("-".join("abc"), "".join([]), ", ".join(("x", "y")), "日".join(["a", "b"]), "-".join(x for x in "xy"))
class S(str):
    pass
print("+".join([S("a"), "b"]), type(S("ab").center(1)).__name__, type(S("ab").replace("z", "y")).__name__)
print("tab\tsep\tx".expandtabs(), "a\tb".expandtabs(4), "ab\tc\n\td".expandtabs(3), "\t".expandtabs(0), "a\tb".expandtabs(tabsize=-2))
