try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("middle") from KeyError("explicit cause")
except ValueError:
    raise RuntimeError("last")
