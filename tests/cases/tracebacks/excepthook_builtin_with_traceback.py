# sys.__excepthook__ called by hand prints the traceback given to it, to sys.stderr.
import sys
def inner():
    raise ValueError("inner problem")
try:
    inner()
except ValueError as e:
    sys.__excepthook__(type(e), e, e.__traceback__.tb_next)
    print("after the hook")
sys.displayhook(42)
sys.displayhook(None)
print(_)
raise KeyError("end")
