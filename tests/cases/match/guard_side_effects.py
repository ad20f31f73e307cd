# Guards run after the pattern's captures are stored, in case order, and only when the pattern
# matched; a failed guard leaves its captures bound. A pattern that fails part-way binds none
# of its names.
calls = []
def note(tag, result=True):
    calls.append(tag)
    return result
def subject():
    calls.append("subject")
    return [1, 2]
match subject():
    case [a, b] if note("g1", False):
        print("no")
    case [1, c] if note(("g2", a, b, c), c > 5):
        print("no")
    case {"k": v} if note("never"):
        print("no")
    case [first, *rest] if note(("g3", first, rest)):
        print("yes", first, rest)
    case _ if note("default"):
        print("no")
print(calls)
calls.clear()
match 10:
    case int() as n if (doubled := n * 2) > 15:
        print("walrus", doubled)
match 3:
    case x if x > 5:
        pass
    case _ if note("default guard", False):
        print("no")
    case _:
        print("fell to last default", x)
print(calls)
def first_big(items):
    for item in items:
        match item:
            case int(n) if n > 100:
                return n
            case [*inner] if (found := first_big(inner)) is not None:
                return found
    return None
print(first_big([1, [2, [300]], 400]))
try:
    match [1]:
        case [y] if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised", e, "y bound:", y)
match [5, 2]:
    case [a, 1]:
        pass
    case {"k": b} | [b, 3]:
        pass
    case _:
        pass
for name in ("a", "b"):
    print(name, name in globals())
