print("a,b,,c".split(","), "a b  c".split(), " a b ".split(" "), "a,b,c".split(",", 1), "abc".split("b"))
print("a,b,c".rsplit(",", 1), "  x  y  ".rsplit(), "a.b.c".rsplit(".", maxsplit=1), "".split(), "".split(","))
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(True), "no newline".splitlines(), "\n".splitlines())
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print("-".join("abc"), ", ".join(["x", "y"]), "".join([]), "|".join(("a",)), " ".join(map(str, range(3))))
print("a1b2c3".partition("2"), "abc".partition("z"), "a-b-c".rpartition("-"), "abc".rpartition("z"))
try:
    "abc".partition("")
except ValueError as e:
    print(e)
