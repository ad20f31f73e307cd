# Groups nested deeper than ten levels are elided with "... (max_group_depth is 10)".
inner = ExceptionGroup("leaf", [ValueError("deep")])
for i in range(11):
    inner = ExceptionGroup(f"level {i}", [inner, KeyError(i)])
raise inner
