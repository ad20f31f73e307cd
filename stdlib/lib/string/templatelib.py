"""Template strings (PEP 750): the types t-string literals evaluate to."""

__all__ = ["Interpolation", "Template", "convert"]

# The types are built into the interpreter; a literal is the simplest way to reach them.
Template = type(t"")
Interpolation = type(t"{None}".interpolations[0])


def convert(obj, /, conversion):
    """Apply a t-string conversion ('s', 'r', 'a' or None) to *obj*."""
    if conversion is None:
        return obj
    if conversion == "s":
        return str(obj)
    if conversion == "r":
        return repr(obj)
    if conversion == "a":
        return ascii(obj)
    raise ValueError(f"invalid conversion specifier: {conversion}")
