def classify(v):
    match v:
        case None:
            return "None"
        case True | False:
            return "bool"
        case int(n) if n < 0:
            return "negative int"
        case int():
            return "int"
        case str(s) if not s:
            return "empty str"
        case str():
            return "str"
        case [] | ():
            return "empty sequence"
        case [_, *_]:
            return "non-empty sequence"
        case {}:
            return "mapping"
        case object():
            return "object"
for v in (None, False, -3, 3, "", "x", [], (), [0], {}, 1.5):
    print(repr(v), classify(v))
