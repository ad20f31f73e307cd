# NameError suggestions look at the raising frame's locals, then globals, then builtins.
import sys
counter_total = 10
def compute():
    local_value = 3
    try:
        return local_valu + 1
    except NameError as e:
        print("caught:", e, "| name =", e.name)
    try:
        counter_totl
    except NameError as e:
        print("caught:", e)
    return lenn([1])
compute()
