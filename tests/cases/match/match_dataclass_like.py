class Node:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
def ev(n):
    match n:
        case int() | float():
            return n
        case Node("+", l, r):
            return ev(l) + ev(r)
        case Node("*", l, r):
            return ev(l) * ev(r)
        case Node("-", l, None):
            return -ev(l)
        case Node(op, _, _):
            raise ValueError(f"bad op {op}")
tree = Node("+", 2, Node("*", 3, Node("-", 4, None)))
print(ev(tree))
try:
    ev(Node("/", 1, 2))
except ValueError as e:
    print(e)
