squares = {n: n * n for n in range(5)}
print(squares, list(squares.items())[-1])
inverted = {v: k for k, v in squares.items()}
print(inverted)
merged = {**squares, 2: "two", **{9: "nine"}}
print(merged)
print({k: v for k, v in sorted(squares.items(), key=lambda kv: -kv[1])})
d = dict.fromkeys(range(3))
d.pop(1)
d[1] = "back"
print(d)
