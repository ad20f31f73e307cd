def g():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"handled {e}"
        else:
            yield f"else {i}"
print(list(g()))
