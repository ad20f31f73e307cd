parts = ["alpha", "", "gamma"]
joined = ",".join(parts)
print(joined, joined.split(","), joined.split(",") == parts)
print(" ".join("a b   c".split()), "a b   c".split(" "))
print("x".join(["1"]), "".join(["a", "b"]), ", ".join(str(i) for i in range(3)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
print("a\tb\nc d".split(), "a,b;c".replace(";", ",").split(","), "1 2 3".split(maxsplit=1))
