# Importing a module issues its compile-time warnings, once.
import _helper_escape
import _helper_escape
print(_helper_escape.PATH, _helper_escape.CHECK)
print("done")
