class Loud:
    __match_args__ = ("a", "b")
    def __getattr__(self, name):
        print("lookup", name)
        if name == "b":
            raise AttributeError(name)
        return 1
match Loud():
    case Loud(1, 2):
        print("matched")
    case Loud(a=1):
        print("second case")
