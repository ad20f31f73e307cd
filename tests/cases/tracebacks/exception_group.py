def fail(n):
    raise ValueError(f"task {n} failed")
errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
errors.append(TypeError("wrong type"))
raise ExceptionGroup("several tasks failed", errors)
