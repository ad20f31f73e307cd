errors = []
for v in (1, 0, "x"):
    try:
        1 / v
    except (ZeroDivisionError, TypeError) as err:
        errors.append(type(err).__name__)
print(errors)
try:
    err
except NameError as e:
    print(e)
