class Weird(dict):
    def get(self, k, d=None):
        print("custom get", k)
        return super().get(k, d)
match Weird(a=1):
    case {"a": v}:
        print("matched", v)
class Keys:
    first = "a"
    second = "a"
try:
    match {"a": 1}:
        case {Keys.first: 1, Keys.second: 2}:
            print("matched twice")
        case _:
            print("fell through")
except ValueError as e:
    print(e)
try:
    match {"a": 1}:
        case {Keys.first: 1, Keys.second: 1}:
            print("matched twice")
except ValueError as e:
    print(e)
