def check(items):
    assert len(items) > 3, f"need more than 3 items, got {len(items)}"
check([1, 2])
