try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, e.name)
def f():
    return missing_in_func
try:
    f()
except NameError as e:
    print(e)
try:
    print(pirnt)
except NameError as e:
    print(e)
try:
    del nothing_here
except NameError as e:
    print(e)
