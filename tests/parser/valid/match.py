match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | 2j | -3+4j | 5-6j:
        pass
    case "s" "t":
        pass
    case b"bytes":
        pass
    case None | True | False:
        pass
    case y:
        pass
    case _:
        pass
    case a.b.c:
        pass
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case (a,):
        pass
    case ():
        pass
    case []:
        pass
    case [*_]:
        pass
    case (a):
        pass
    case {"k": v, 1: w, a.b: c, **rest}:
        pass
    case {}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case mod.Cls():
        pass
    case [1, 2] | [3, 4] as pair:
        pass
    case x if x > 0:
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case (1 | 2) as n:
        pass
match a, b:
    case 1, 2: pass
match *a, b:
    case _: pass
match (x):
    case _: pass
match = 1
match.x = 2
match(1)
case = 3
type = 4
print(match, case, type)
def match(): pass
match [a]:
    case [b]: pass
