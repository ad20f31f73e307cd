try:
    try:
        raise ValueError
    except (KeyError, (TypeError, ValueError)):
        print("nested tuple matches")
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except (int, ValueError):
        print("reached")
except TypeError as e:
    print(e)
