"""A helper module for the import cases."""
print("executing _helper_mod as", __name__)
VALUE = 42
_private = "hidden"
def double(x):
    return x * 2
class Thing:
    pass
if __name__ == "__main__":
    print("never printed on import")
