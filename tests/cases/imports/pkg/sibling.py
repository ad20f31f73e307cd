SIB = "sibling value"
def where():
    return __name__
