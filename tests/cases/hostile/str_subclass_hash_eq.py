class S(str):
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 7
d = {"a": 1}
print(d.get(S("zzz")), S("x") == "y", "y" == S("x"), S("x") in ["nope"])
class T(str):
    pass
print({T("k"): 1}["k"], T("k") == "k")
