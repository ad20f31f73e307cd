# A call whose arguments span many lines: the middle lines are abbreviated.
def build(*parts):
    return len(parts) / 0
value = [build(
    1,
    2,
    3,
    4,
    5,
    6,
), "unused"]
