print("héllo".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"), "€".encode("utf-16-le"), "A".encode("utf-32-be"))
print("日本".encode("utf-8").decode("utf-8"), len("😀".encode()), "x".encode(encoding="utf-8", errors="strict"))
print("a\tb".expandtabs(), "abc".format_map({}), "{a}".format_map({"a": 1}))
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{x} and {y}".format_map(Default(x=1)))
print("abc"[::-1], "abcdef"[1:5:2], "abc" * 2, "ab" < "b", "abc".__len__(), "abc".__contains__("b"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
