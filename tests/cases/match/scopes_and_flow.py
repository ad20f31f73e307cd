# Captures bind in whatever scope the match runs in; case bodies may leave loops, functions and
# handlers; the subject's stack slot survives yields and exceptions.
class Config:
    match {"debug": True, "level": 3}:
        case {"debug": debug, "level": level}:
            doubled = level * 2
print("class body", Config.debug, Config.level, Config.doubled)
def make_getters(v):
    match v:
        case [a, b]:
            return (lambda: a), (lambda: b)
ga, gb = make_getters(["x", "y"])
print("cells", ga(), gb())
def set_global(v):
    global captured
    match v:
        case {"value": captured}:
            pass
set_global({"value": 99})
print("global", captured)
def first_even_square(numbers):
    for n in numbers:
        try:
            match n:
                case int() if n % 2:
                    continue
                case 0:
                    break
                case int():
                    return n * n
        finally:
            print("  finally for", n)
    return None
print(first_even_square([1, 3, 4, 6]))
print(first_even_square([1, 0, 4]))
def gen(items):
    for item in items:
        match item:
            case [x, y] if (yield ("guard", x)):
                yield ("matched", x, y)
            case other:
                yield ("other", other)
g = gen([[1, 2], "s"])
print(next(g))
print(g.send(True))
print(next(g))
class Touchy:
    def __eq__(self, other):
        raise RuntimeError("no comparing")
class Values:
    touchy = Touchy()
for attempt in range(2):
    try:
        match Touchy():
            case Values.touchy:
                print("no")
    except RuntimeError as e:
        print("attempt", attempt, e)
try:
    raise KeyError("k")
except KeyError as exc:
    match exc.args:
        case (str(key),):
            print("handler match", key)
count = 0
def subject():
    global count
    count += 1
    return count
match subject():
    case 5:
        pass
    case 4:
        pass
    case n:
        print("subject evaluated once:", n, count)
