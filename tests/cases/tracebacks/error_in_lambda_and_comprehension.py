convert = lambda s: int(s)
values = [convert(x) for x in ["1", "2", "three"]]
