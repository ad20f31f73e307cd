class C:
    n = 3
    items = [i for i in range(n)]
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        bad = f"NameError: {e}"
    pairs = [(i, j) for i in range(2) for j in range(i)]
print(C.items, C.bad, C.pairs)
