def lookup(key):
    try:
        return {}[key]
    except KeyError:
        raise ValueError(f"no such key: {key}") from None
lookup("a")
