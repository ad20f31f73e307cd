try:
    {}["a"]
except KeyError:
    try:
        [][0]
    except IndexError:
        None.attribute
