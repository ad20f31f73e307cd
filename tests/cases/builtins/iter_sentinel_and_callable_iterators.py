chunks = iter(["ab", "cd", "", "ef"])
print(list(iter(lambda: next(chunks), "")))
state = {"n": 0}
def tick():
    state["n"] += 1
    return state["n"]
it = iter(tick, 3)
print(type(it).__name__, list(it), state)
