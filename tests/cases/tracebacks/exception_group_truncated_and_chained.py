# A group with more than 15 members shows 15 and "and N more exceptions"; a member's own cause
# is printed inside its box.
def fail():
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("member 0") from e
errors = []
try:
    fail()
except ValueError as e:
    errors.append(e)
errors.extend(TypeError(i) for i in range(1, 17))
eg = ExceptionGroup("many", errors)
eg.add_note("group note")
raise eg
