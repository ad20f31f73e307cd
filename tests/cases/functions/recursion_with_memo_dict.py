def count_paths(r, c, memo={}):
    if (r, c) in memo:
        return memo[(r, c)]
    if r == 0 or c == 0:
        return 1
    memo[(r, c)] = count_paths(r - 1, c) + count_paths(r, c - 1)
    return memo[(r, c)]
print(count_paths(16, 16), count_paths(30, 30))
def hanoi(n, a="A", b="B", c="C"):
    if n == 0:
        return []
    return hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(10)), hanoi(2))
