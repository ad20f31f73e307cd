for thing in (ValueError, ValueError("msg"), KeyError("k"), StopIteration(1)):
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise object
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised", e)
class NotExc:
    pass
try:
    raise ValueError from NotExc()
except TypeError as e:
    print(e)
