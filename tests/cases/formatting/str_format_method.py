print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{name}-{age}".format(name="x", age=3))
print("{0[1]} {0[k]}".format({1: "one", "k": "kay"}), "{0[0]}{0[2]}".format("abc"), "{.real}".format(3 + 4j))
class P:
    x = 10
    items = [5, 6]
print("{p.x} {p.items[1]}".format(p=P()), "{0.x:>5}".format(P()))
print("{{}} {{{}}}".format("braced"), "{:*^9}".format("mid"), "{0:{1}}".format(3.14159, ".2f"))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{:{fill}>{w}}".format(7, fill=".", w=4))
print("{0}{1}{0}".format(*"xy"), "{a}{b}".format(**{"a": 1, "b": 2}))
print(format(12, "") + "!", "{}".format(None), "{:}".format(1.0))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:,}".format(10 ** 9))
