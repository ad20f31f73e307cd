# maketrans/translate, format_map, and str's special methods.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcd".translate(t), "aé".translate({ord("é"): "e", 97: None}))
print(str.maketrans({"a": "1", 98: None, "c": 51}), "abc".translate(str.maketrans({"a": "1", 98: None, "c": 51})))
print("abc".translate([None, None]), "abc".translate({97: "αβ"}), "é".maketrans("é", "e"))
class Table:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        return k + 1
print("abc".translate(Table()))
for table in ({97: 1.5}, {97: -1}, {97: 0x110000}):
    try:
        "a".translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in ((1,), ("a",), ("ab", "c"), (1, "a"), ("a", "b", 1), ({"ab": 1},), ({1.5: 1},)):
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map(Missing(a=1)), "{x[0]}".format_map({"x": "hi"}), "plain".format_map(1))
for template, m in (("{}", {}), ("{x}", {}), ("{x}", 1)):
    try:
        template.format_map(m)
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
s = "abc"
print(s.__mul__(0), s.__rmul__(-1), s.__mod__(()), "%s!".__mod__("x"), s.__rmod__(1), "%d".__rmod__("x") if False else "-")
print(s.__getitem__(slice(None, None, -1)), s.__contains__("bc"), s.__lt__("abd"), s.__ge__(1), s.__hash__() == hash("abc"))
print(s.__format__("^7"), s.__getnewargs__(), s.__sizeof__())
print(list(s.__iter__()), s.__repr__(), "it's".__repr__(), s.__str__(), s.__len__())
