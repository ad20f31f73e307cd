try:
    e = ValueError("base")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err, err.__notes__)
e = KeyError()
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as err:
    print(err)
