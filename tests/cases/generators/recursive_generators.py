def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(["".join(p) for p in permutations("abc")])
def tree_walk(t, depth=0):
    name, kids = t
    yield "  " * depth + name
    for k in kids:
        yield from tree_walk(k, depth + 1)
print("\n".join(tree_walk(("root", [("a", [("a1", [])]), ("b", [])]))))
