print("ab" + "cd", "ab" * 3, 3 * "x", "x" * 0, "x" * -1, "" * 5)
print([1] * 3, [[0] * 2] * 2, (1, 2) * 2, b"ab" * 2)
s = "a" "b" 'c' """d"""
print(s, "con" "cat")
parts = []
for i in range(5):
    parts.append(str(i))
print("-".join(parts), "".join(reversed(parts)))
